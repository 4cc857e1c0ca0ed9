package io.paymentledger.messages.paymentintent;

/** An attempt was accepted for asynchronous settlement; {@code chargeId} is its pending charge. */
public record PaymentIntentProcessing(String paymentIntentId, String accountId, String chargeId, long amount)
        implements PaymentIntentEvent {
}
