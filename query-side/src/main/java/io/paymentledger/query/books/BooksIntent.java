package io.paymentledger.query.books;

/** The books' fold of one intent: its currency, the pending transfer it holds open, the last event applied. */
record BooksIntent(String paymentIntentId, String accountId, String currency, String pendingEntryId,
                   long pendingAmount, long version) {

    BooksIntent withPending(String entryId, long amount) {
        return new BooksIntent(paymentIntentId, accountId, currency, entryId, amount, version);
    }

    BooksIntent withCurrency(String newCurrency) {
        return new BooksIntent(paymentIntentId, accountId, newCurrency, pendingEntryId, pendingAmount, version);
    }

    BooksIntent withVersion(long sequence) {
        return new BooksIntent(paymentIntentId, accountId, currency, pendingEntryId, pendingAmount, sequence);
    }

    boolean holdsPending() {
        return pendingEntryId != null && pendingAmount > 0;
    }
}
