package io.paymentledger.query.admin;

import java.time.Instant;

/** One parked event of a processing group, as the admin API lists it. */
public record DeadLetterView(String processingGroup, String paymentIntentId, Long sequenceNumber,
                             String eventIdentifier, String eventType, String cause, Instant enqueuedAt,
                             Instant lastTouched) {
}
