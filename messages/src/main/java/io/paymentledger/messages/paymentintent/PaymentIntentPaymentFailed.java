package io.paymentledger.messages.paymentintent;

/**
 * An attempt failed (decline, invalid card, failed authentication or failed settlement). The intent requires
 * a payment method again; {@code chargeId} is the failed charge, or null when none reached the processor.
 */
public record PaymentIntentPaymentFailed(String paymentIntentId, String accountId, String chargeId,
                                         LastPaymentError lastPaymentError)
        implements PaymentIntentEvent {
}
