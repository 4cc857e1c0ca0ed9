package io.paymentledger.messages.paymentintent;

/** The payment method was unset; the intent requires a payment method again. */
public record PaymentMethodDetached(String paymentIntentId, String accountId)
        implements PaymentIntentEvent {
}
