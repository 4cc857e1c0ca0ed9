package io.paymentledger.gateway.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The durable store of idempotent results (table {@code idempotency_keys}). A key is claimed by INSERT, so the
 * database's primary key decides which of several concurrent requests runs, across all nodes sharing it.
 */
@Repository
class IdempotencyStore {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims {@code key} for a request with {@code fingerprint}. Rows created before {@code expiredBefore} are
     * forgotten; unfinished rows created before {@code abandonedBefore} belong to a request that died (its node
     * crashed) and are taken over.
     */
    Claim claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore,
                Instant abandonedBefore) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (insert(accountId, key, fingerprint, now)) {
                return Claim.of(Claim.Outcome.CLAIMED);
            }
            Row row = find(accountId, key);
            if (row == null) {
                continue;
            }
            boolean expired = row.createdAt().isBefore(expiredBefore);
            boolean abandoned = row.completedAt() == null && row.createdAt().isBefore(abandonedBefore);
            if (expired || abandoned) {
                jdbc.update("DELETE FROM idempotency_keys WHERE account_id = ? AND idempotency_key = ? "
                        + "AND created_at = ?", accountId, key, Timestamp.from(row.createdAt()));
                continue;
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return Claim.of(Claim.Outcome.MISMATCH);
            }
            if (row.completedAt() == null) {
                return Claim.of(Claim.Outcome.IN_USE);
            }
            return new Claim(Claim.Outcome.REPLAY, row.response());
        }
        // Other requests kept replacing the row under us: they are running with this key right now.
        return Claim.of(Claim.Outcome.IN_USE);
    }

    void complete(String accountId, String key, StoredResponse response, Instant now) {
        jdbc.update("UPDATE idempotency_keys SET completed_at = ?, status_code = ?, content_type = ?, "
                        + "response_body = ? WHERE account_id = ? AND idempotency_key = ? AND completed_at IS NULL",
                Timestamp.from(now), response.status(), response.contentType(), response.body(), accountId, key);
    }

    /** Gives the key back, unused, so that it can be retried (the request never produced a stored answer). */
    void release(String accountId, String key) {
        jdbc.update("DELETE FROM idempotency_keys WHERE account_id = ? AND idempotency_key = ? "
                + "AND completed_at IS NULL", accountId, key);
    }

    int pruneCreatedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_keys WHERE created_at < ?", Timestamp.from(cutoff));
    }

    /**
     * Claims the key; false when another request holds it. No statement fails on a taken key: on PostgreSQL a failed
     * statement aborts the surrounding transaction (a customer's create claims its key inside one), and every
     * statement after it would fail too.
     */
    private boolean insert(String accountId, String key, String fingerprint, Instant now) {
        return jdbc.update("INSERT INTO idempotency_keys (account_id, idempotency_key, fingerprint, created_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", accountId, key, fingerprint, Timestamp.from(now)) == 1;
    }

    private Row find(String accountId, String key) {
        List<Row> rows = jdbc.query("SELECT fingerprint, created_at, completed_at, status_code, content_type, "
                + "response_body FROM idempotency_keys WHERE account_id = ? AND idempotency_key = ?",
                IdempotencyStore::row, accountId, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Row(rs.getString("fingerprint"), rs.getTimestamp("created_at").toInstant(),
                completed == null ? null : completed.toInstant(),
                new StoredResponse(rs.getInt("status_code"), rs.getString("content_type"),
                        rs.getBytes("response_body")));
    }

    private record Row(String fingerprint, Instant createdAt, Instant completedAt, StoredResponse response) {
    }
}
