package io.paymentledger.messages.paymentintent;

/**
 * Stripe search syntax in {@code query}; {@code page} is a previous result's {@code nextPage}; {@code totalCount}:
 * count every match too ({@code expand[]=total_count}), which costs a scan of all of them.
 */
public record SearchPaymentIntents(String accountId, String query, int limit, String page, boolean totalCount) {
}
