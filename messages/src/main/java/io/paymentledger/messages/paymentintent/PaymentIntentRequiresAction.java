package io.paymentledger.messages.paymentintent;

/** A confirmation attempt needs the customer to authenticate (3-D Secure). */
public record PaymentIntentRequiresAction(String paymentIntentId, String accountId, NextAction nextAction)
        implements PaymentIntentEvent {
}
