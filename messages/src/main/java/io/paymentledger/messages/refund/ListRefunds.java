package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentintent.CreatedRange;

/** Newest first; null filters match everything. Answered with {@link RefundPage}. */
public record ListRefunds(String accountId, String paymentIntentId, String chargeId, CreatedRange created, int limit,
                          String startingAfter, String endingBefore) {
}
