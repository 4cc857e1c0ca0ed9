package io.paymentledger.gateway.dashboard;

import java.time.Instant;
import java.util.Map;

import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.HistoryEntry;

/** One event of a payment's timeline with the request that caused it. */
record TimelineRow(long sequence, Instant time, String type, String requestId, String idempotencyKey,
                   String apiKeyId, String payload) {

    static TimelineRow of(HistoryEntry entry) {
        Map<String, String> audit = entry.metadata() == null ? Map.of() : entry.metadata();
        return new TimelineRow(entry.sequenceNumber(), entry.timestamp(), entry.eventType(),
                audit.get(AuditMetadata.REQUEST_ID.key()), audit.get(AuditMetadata.IDEMPOTENCY_KEY.key()),
                audit.get(AuditMetadata.API_KEY_ID.key()), entry.payloadJson());
    }
}
