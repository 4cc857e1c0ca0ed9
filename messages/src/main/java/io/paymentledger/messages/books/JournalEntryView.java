package io.paymentledger.messages.books;

import java.time.Instant;
import java.util.List;

/** A journal entry: its kind, the money it moved, and postings whose debits equal their credits per phase. */
public record JournalEntryView(String id, String paymentIntentId, String currency, String kind, String sourceId,
                               String pendingEntryId, long amount, Instant created, List<PostingView> postings) {
}
