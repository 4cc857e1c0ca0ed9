package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentintent.CreatedRange;

/** Newest first; null filters match everything. Answered with {@link ChargePage}. */
public record ListCharges(String accountId, String paymentIntentId, CreatedRange created, int limit,
                          String startingAfter, String endingBefore) {
}
