package io.paymentledger.messages.paymentintent;

/** A new intent, in {@code requires_payment_method}. */
public record PaymentIntentCreated(String paymentIntentId, String accountId, long amount, String currency,
                                   PaymentIntentDetails details, String clientSecret)
        implements PaymentIntentEvent {
}
