package io.paymentledger.messages.books;

import io.paymentledger.messages.paymentintent.CreatedRange;

/** Newest first; null filters match everything. Answered with {@link BalanceTransactionPage}. */
public record ListBalanceTransactions(String accountId, CreatedRange created, String type, String sourceId,
                                      String currency, int limit, String startingAfter, String endingBefore) {
}
