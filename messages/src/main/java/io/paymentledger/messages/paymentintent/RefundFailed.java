package io.paymentledger.messages.paymentintent;

/**
 * A pending refund failed: its {@code amount} can be refunded again. {@code failureReason} is Stripe's wire value.
 */
public record RefundFailed(String paymentIntentId, String accountId, String chargeId, String refundId, long amount,
                           String failureReason)
        implements PaymentIntentEvent {
}
