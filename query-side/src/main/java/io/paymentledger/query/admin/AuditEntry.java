package io.paymentledger.query.admin;

import java.time.Instant;

/** One admin request as the audit log keeps it; {@code keyId} is the admin key's last four, null if refused. */
public record AuditEntry(long id, Instant occurredAt, String keyId, String method, String path, String parameters,
                         int status, String outcome) {
}
