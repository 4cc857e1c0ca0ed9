package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

/** A payment method was set on the intent, which now requires confirmation. */
public record PaymentMethodAttached(String paymentIntentId, String accountId, PaymentMethod paymentMethod)
        implements PaymentIntentEvent {
}
