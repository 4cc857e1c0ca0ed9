package io.paymentledger.messages.paymentintent;

/** Stripe search syntax in {@code query}; {@code page} is a previous result's {@code nextPage}. */
public record SearchPaymentIntents(String accountId, String query, int limit, String page) {
}
