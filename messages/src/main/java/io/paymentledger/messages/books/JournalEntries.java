package io.paymentledger.messages.books;

import java.util.List;

/** Journal entries, oldest first (empty when the intent is unknown or moved no money). */
public record JournalEntries(List<JournalEntryView> data) {
}
