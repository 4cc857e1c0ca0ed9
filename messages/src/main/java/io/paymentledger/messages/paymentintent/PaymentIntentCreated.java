package io.paymentledger.messages.paymentintent;

import org.axonframework.serialization.Revision;

/** A new intent, in {@code requires_payment_method}. */
@Revision("2")
public record PaymentIntentCreated(String paymentIntentId, String accountId, long amount, String currency,
                                   PaymentIntentDetails details, String clientSecret)
        implements PaymentIntentEvent {
}
