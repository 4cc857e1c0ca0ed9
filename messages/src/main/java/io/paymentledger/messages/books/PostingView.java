package io.paymentledger.messages.books;

/** One posting of a journal entry: a signed change of one of a ledger account's four balances. */
public record PostingView(String ledgerAccount, String side, String phase, long amount) {
}
