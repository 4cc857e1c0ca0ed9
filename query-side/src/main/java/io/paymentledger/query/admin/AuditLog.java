package io.paymentledger.query.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The admin audit log (table {@code admin_audit_log}): appended to on every admin request, listed newest first. */
@Repository
public class AuditLog {

    private static final int MAX_PATH = 1024;
    private static final int MAX_PARAMETERS = 2048;
    private static final int MAX_OUTCOME = 1024;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, String keyId, String method, String path, String parameters, int status,
                String outcome) {
        jdbc.update("INSERT INTO admin_audit_log (occurred_at, key_id, method, path, parameters, status, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(at), keyId, method, cut(path, MAX_PATH),
                cut(parameters, MAX_PARAMETERS), status, cut(outcome, MAX_OUTCOME));
    }

    /** Up to {@code limit} entries older than {@code startingAfter} (an entry id; null for the newest). */
    public List<AuditEntry> page(Long startingAfter, int limit) {
        return jdbc.query("SELECT id, occurred_at, key_id, method, path, parameters, status, outcome "
                        + "FROM admin_audit_log WHERE id < ? ORDER BY id DESC LIMIT ?",
                (rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("key_id"), rs.getString("method"), rs.getString("path"),
                        rs.getString("parameters"), rs.getInt("status"), rs.getString("outcome")),
                startingAfter == null ? Long.MAX_VALUE : startingAfter, limit);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
