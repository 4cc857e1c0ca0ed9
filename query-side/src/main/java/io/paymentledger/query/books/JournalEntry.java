package io.paymentledger.query.books;

import io.paymentledger.messages.books.JournalEntryView;

import java.time.Instant;
import java.util.List;

/** A journal entry as written: the money movement of one event, with its postings. */
record JournalEntry(String id, String accountId, String currency, String paymentIntentId, String kind,
                    String sourceId, String pendingEntryId, long amount, Instant created, List<Posting> postings) {

    static final String AUTHORIZATION = "authorization";
    static final String PROCESSING = "processing";
    static final String CAPTURE = "capture";
    static final String CHARGE = "charge";
    static final String VOID = "void";
    static final String REFUND = "refund";
    static final String REFUND_FAILURE = "refund_failure";
    static final String TRANSFER = "transfer";
    static final String TRANSFER_REVERSAL = "transfer_reversal";

    /** je_ + the intent id without its pi_ prefix + _ + the sequence number of the event. */
    static String idOf(String paymentIntentId, long sequence) {
        String intent = paymentIntentId.startsWith("pi_") ? paymentIntentId.substring(3) : paymentIntentId;
        return "je_" + intent + "_" + sequence;
    }

    JournalEntryView toView() {
        return new JournalEntryView(id, paymentIntentId, currency, kind, sourceId, pendingEntryId, amount, created,
                postings.stream().map(Posting::toView).toList());
    }
}
