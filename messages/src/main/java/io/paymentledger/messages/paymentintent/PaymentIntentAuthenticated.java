package io.paymentledger.messages.paymentintent;

/** Authentication succeeded on a manually confirmed intent, which now requires confirmation again. */
public record PaymentIntentAuthenticated(String paymentIntentId, String accountId)
        implements PaymentIntentEvent {
}
