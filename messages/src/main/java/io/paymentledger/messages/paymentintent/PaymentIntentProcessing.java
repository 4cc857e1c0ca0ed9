package io.paymentledger.messages.paymentintent;

/**
 * An attempt was accepted for asynchronous settlement; {@code chargeId} is its pending charge, {@code device} the
 * terminal the card was presented on (docs/api.md §19.3; null otherwise and in events stored before it existed).
 */
public record PaymentIntentProcessing(String paymentIntentId, String accountId, String chargeId, long amount,
                                      String device)
        implements PaymentIntentEvent {
}
