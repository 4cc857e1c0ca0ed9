package io.paymentledger.messages.paymentintent;

import java.util.List;

public record PaymentIntentHistory(String paymentIntentId, List<HistoryEntry> events) {
}
