package io.paymentledger.messages.paymentintent;

import java.util.List;

/** One page of an intent's events; {@code hasMore} when later events follow the last one. */
public record PaymentIntentHistory(String paymentIntentId, List<HistoryEntry> events, boolean hasMore) {
}
