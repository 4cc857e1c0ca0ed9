package io.paymentledger.messages.paymentintent;

/** A pending refund failed: its amount can be refunded again. {@code failureReason} is Stripe's wire value. */
public record RefundFailed(String paymentIntentId, String accountId, String chargeId, String refundId,
                           String failureReason)
        implements PaymentIntentEvent {
}
