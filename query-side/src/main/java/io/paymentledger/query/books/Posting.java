package io.paymentledger.query.books;

import io.paymentledger.messages.books.PostingView;

/** A signed change of one of a ledger account's four balances: debit or credit side, pending or posted phase. */
record Posting(String ledgerAccount, String side, String phase, long amount) {

    static final String DEBIT = "debit";
    static final String CREDIT = "credit";
    static final String PENDING = "pending";
    static final String POSTED = "posted";

    PostingView toView() {
        return new PostingView(ledgerAccount, side, phase, amount);
    }
}
