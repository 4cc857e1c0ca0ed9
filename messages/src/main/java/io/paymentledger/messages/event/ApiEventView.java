package io.paymentledger.messages.event;

import java.time.Instant;

/**
 * One API event (docs/api.md §9.1) as the query side stores it, independent of any api_version: the gateway renders
 * it. {@code object} is the intent, charge or refund right after the domain event, {@code previous} the same object
 * right before it (null when it did not exist); {@code requestId}/{@code idempotencyKey} are null for system-caused
 * events. {@code position} orders events.
 */
public record ApiEventView(String id, String accountId, String type, Instant created, long position,
                           String paymentIntentId, ApiEventObject object, ApiEventObject previous,
                           String requestId, String idempotencyKey) {
}
