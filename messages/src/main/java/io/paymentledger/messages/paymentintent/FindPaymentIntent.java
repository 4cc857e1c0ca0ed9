package io.paymentledger.messages.paymentintent;

/** Answered with {@code Optional<PaymentIntentView>}; subscription updates are {@link PaymentIntentView}s. */
public record FindPaymentIntent(String accountId, String paymentIntentId) {
}
