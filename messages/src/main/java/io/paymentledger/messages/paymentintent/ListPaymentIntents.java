package io.paymentledger.messages.paymentintent;

import java.util.Map;

/** Newest first; null filters match everything. Answered with a {@link PaymentIntentPage}. */
public record ListPaymentIntents(String accountId, String customer, PaymentIntentStatus status, String currency,
                                 CreatedRange created, Map<String, String> metadata, int limit,
                                 String startingAfter, String endingBefore) {
}
