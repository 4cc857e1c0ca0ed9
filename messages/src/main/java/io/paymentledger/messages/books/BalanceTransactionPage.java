package io.paymentledger.messages.books;

import java.util.List;

/** A page of balance transactions, newest first. */
public record BalanceTransactionPage(List<BalanceTransactionView> data, boolean hasMore) {
}
