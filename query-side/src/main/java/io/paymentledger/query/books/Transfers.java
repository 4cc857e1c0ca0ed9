package io.paymentledger.query.books;

import java.util.List;

import static io.paymentledger.query.books.Posting.CREDIT;
import static io.paymentledger.query.books.Posting.DEBIT;
import static io.paymentledger.query.books.Posting.PENDING;
import static io.paymentledger.query.books.Posting.POSTED;

/**
 * TigerBeetle's transfers as postings: each moves one amount from a debit account to a credit account in the same
 * phase, so every transfer (and so every entry made of transfers) has equal debits and credits per phase.
 */
final class Transfers {

    /** Ledger accounts of the chart, one of each per merchant account and currency (docs/books.md). */
    static final String CARD_CLEARING = "card_clearing";
    static final String MERCHANT_BALANCE = "merchant_balance";
    static final String FEE_REVENUE = "fee_revenue";
    /** Money between two accounts of the ledger (docs/api.md §19.4); over all accounts it nets to zero. */
    static final String TRANSFER_CLEARING = "transfer_clearing";

    private Transfers() {
    }

    /** A pending transfer: reserves {@code amount} on both accounts' pending side. */
    static List<Posting> pending(String debit, String credit, long amount) {
        return List.of(new Posting(debit, DEBIT, PENDING, amount), new Posting(credit, CREDIT, PENDING, amount));
    }

    /** A single-phase transfer, posted at once. */
    static List<Posting> posted(String debit, String credit, long amount) {
        return List.of(new Posting(debit, DEBIT, POSTED, amount), new Posting(credit, CREDIT, POSTED, amount));
    }

    /** Posts {@code amount} of a pending transfer: off the pending side, onto the posted side. */
    static List<Posting> postPending(String debit, String credit, long amount) {
        return List.of(new Posting(debit, DEBIT, PENDING, -amount), new Posting(debit, DEBIT, POSTED, amount),
                new Posting(credit, CREDIT, PENDING, -amount), new Posting(credit, CREDIT, POSTED, amount));
    }

    /** Voids {@code amount} of a pending transfer: off the pending side, posting nothing. */
    static List<Posting> voidPending(String debit, String credit, long amount) {
        return List.of(new Posting(debit, DEBIT, PENDING, -amount), new Posting(credit, CREDIT, PENDING, -amount));
    }
}
