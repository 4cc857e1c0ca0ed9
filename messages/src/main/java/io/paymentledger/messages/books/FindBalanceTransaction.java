package io.paymentledger.messages.books;

/** One balance transaction of the account; answered with an {@code Optional<BalanceTransactionView>}. */
public record FindBalanceTransaction(String accountId, String balanceTransactionId) {
}
