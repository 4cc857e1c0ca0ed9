package io.paymentledger.messages.admin;

import java.time.Instant;

/**
 * Records an admin action taken outside the admin API (a webhook resend) in the admin audit log, which the query
 * side owns: {@code keyId} is the key as audit records show it (null when none was accepted), {@code parameters}
 * what the action was asked to do, {@code status} the HTTP answer and {@code outcome} the failure, if any.
 */
public record RecordAdminAction(Instant occurredAt, String keyId, String method, String path, String parameters,
                                int status, String outcome) {
}
