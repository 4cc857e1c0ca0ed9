package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.PaymentIntentView;

import java.time.Instant;

/**
 * One API event (docs/api.md §9.1) as the query side stores it, independent of any api_version: the gateway renders it.
 * {@code intent} is the intent right after the domain event, {@code previous} right before it (null on creation);
 * {@code requestId}/{@code idempotencyKey} are null for system-caused events. {@code position} orders events.
 */
public record ApiEventView(String id, String accountId, String type, Instant created, long position,
                           String paymentIntentId, PaymentIntentView intent, PaymentIntentView previous,
                           String requestId, String idempotencyKey) {
}
