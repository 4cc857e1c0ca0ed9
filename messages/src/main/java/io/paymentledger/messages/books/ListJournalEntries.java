package io.paymentledger.messages.books;

/** The journal entries of one intent of the account, oldest first; answered with {@link JournalEntries}. */
public record ListJournalEntries(String accountId, String paymentIntentId) {
}
