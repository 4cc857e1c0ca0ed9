package io.paymentledger.messages.paymentintent;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event: its sequence number within the intent, when it happened, its type, its payload as JSON and
 * the metadata recorded with the command that caused it (see {@link AuditMetadata}).
 */
public record HistoryEntry(long sequenceNumber, Instant timestamp, String eventType, String payloadJson,
                           Map<String, String> metadata) {
}
