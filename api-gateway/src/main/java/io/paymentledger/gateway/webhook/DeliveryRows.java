package io.paymentledger.gateway.webhook;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The webhook_delivery, webhook_attempt and webhook_intent tables (V250). Claims are conditional updates, so that
 * several nodes polling the same table never send one delivery at the same time (on H2 and PostgreSQL alike).
 */
@Repository
public class DeliveryRows {

    static final String PENDING = "pending";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    private final JdbcTemplate jdbc;

    DeliveryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rememberIntent(String paymentIntentId, String accountId) {
        if (accountOf(paymentIntentId).isEmpty()) {
            jdbc.update("INSERT INTO webhook_intent (payment_intent_id, account_id) VALUES (?, ?)", paymentIntentId,
                    accountId);
        }
    }

    Optional<String> accountOf(String paymentIntentId) {
        return jdbc.queryForList("SELECT account_id FROM webhook_intent WHERE payment_intent_id = ?", String.class,
                paymentIntentId).stream().findFirst();
    }

    /** Whether the intent holds an uncaptured authorization, as {@link #authorized(String, boolean)} last set. */
    boolean authorized(String paymentIntentId) {
        return jdbc.queryForList("SELECT authorized FROM webhook_intent WHERE payment_intent_id = ?", Boolean.class,
                paymentIntentId).stream().findFirst().orElse(false);
    }

    void authorized(String paymentIntentId, boolean authorized) {
        jdbc.update("UPDATE webhook_intent SET authorized = ? WHERE payment_intent_id = ?", authorized,
                paymentIntentId);
    }

    /** Adds a pending delivery unless the endpoint already has one for the event (a redelivered domain event). */
    void add(String endpointId, String accountId, String eventId, String paymentIntentId, long sequence, long now) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ? "
                + "AND event_id = ?", Integer.class, endpointId, eventId);
        if (existing == null || existing == 0) {
            jdbc.update("INSERT INTO webhook_delivery (endpoint_id, account_id, event_id, payment_intent_id, "
                    + "intent_sequence, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                    endpointId, accountId, eventId, paymentIntentId, sequence, PENDING, now);
        }
    }

    /**
     * Pending deliveries due at {@code now} and not claimed by a live lease, each the earliest pending one of its
     * intent and endpoint (a later event waits until the earlier one succeeded or was given up). Fair: at most one
     * per endpoint, and none of an endpoint that is being sent to (one attempt per endpoint at a time); then taken
     * round-robin across accounts (every account's first, then every account's second, ...), so that one account's
     * backlog, however many endpoints it spreads over, never delays another account's deliveries.
     */
    List<Long> due(long now, int limit) {
        return jdbc.queryForList("SELECT id FROM (SELECT id, next_attempt_at, ROW_NUMBER() OVER (PARTITION BY "
                + "account_id ORDER BY next_attempt_at, id) AS turn FROM (SELECT d.id, d.account_id, d.next_attempt_at, "
                + "ROW_NUMBER() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at, d.id) AS endpoint_turn "
                + "FROM webhook_delivery d WHERE d.status = 'pending' AND d.next_attempt_at <= ? "
                + "AND (d.claimed_until IS NULL OR d.claimed_until < ?) "
                + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.endpoint_id = d.endpoint_id "
                + "AND e.payment_intent_id = d.payment_intent_id AND e.status = 'pending' "
                + "AND e.intent_sequence < d.intent_sequence) "
                + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery b WHERE b.endpoint_id = d.endpoint_id "
                + "AND b.claimed_until >= ?)) per_endpoint WHERE endpoint_turn = 1) per_account "
                + "ORDER BY turn, next_attempt_at, id LIMIT " + limit, Long.class, now, now, now);
    }

    /**
     * True when this node now owns the delivery until {@code leaseUntil}: it is pending, not claimed, and no other
     * delivery to its endpoint is being sent.
     */
    boolean claim(long id, long now, long leaseUntil) {
        return jdbc.update("UPDATE webhook_delivery SET claimed_until = ? WHERE id = ? AND status = 'pending' "
                + "AND (claimed_until IS NULL OR claimed_until < ?) AND NOT EXISTS (SELECT 1 FROM webhook_delivery b "
                + "WHERE b.endpoint_id = webhook_delivery.endpoint_id AND b.id <> ? AND b.claimed_until >= ?)",
                leaseUntil, id, now, id, now) == 1;
    }

    Optional<Delivery> find(long id) {
        return jdbc.query("SELECT id, endpoint_id, account_id, event_id, payment_intent_id, status, attempts, "
                + "projection_waits FROM webhook_delivery WHERE id = ?", (rs, n) -> new Delivery(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                rs.getLong(8)), id).stream().findFirst();
    }

    /*
     * The outcome of an attempt is written only while the claim that made it still holds (same lease value): a
     * resend during the attempt, or another node that took over an expired lease, is never overwritten.
     */

    void succeeded(long id, long lease) {
        jdbc.update("UPDATE webhook_delivery SET status = 'succeeded', claimed_until = NULL WHERE id = ? "
                + "AND claimed_until = ?", id, lease);
    }

    /** A failed attempt: retry at {@code nextAttemptAt}, or give up when it is null. */
    void failed(long id, long lease, long attempts, Long nextAttemptAt) {
        if (nextAttemptAt == null) {
            jdbc.update("UPDATE webhook_delivery SET status = 'failed', attempts = ?, claimed_until = NULL "
                    + "WHERE id = ? AND claimed_until = ?", attempts, id, lease);
        } else {
            jdbc.update("UPDATE webhook_delivery SET attempts = ?, next_attempt_at = ?, projection_waits = 0, "
                    + "claimed_until = NULL WHERE id = ? AND claimed_until = ?", attempts, nextAttemptAt, id, lease);
        }
    }

    /** Not attempted (the event is not yet readable): try again soon, counting a wait rather than an attempt. */
    void postpone(long id, long lease, long nextAttemptAt) {
        jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ?, projection_waits = projection_waits + 1, "
                + "claimed_until = NULL WHERE id = ? AND claimed_until = ?", nextAttemptAt, id, lease);
    }

    void record(long deliveryId, DeliveryAttempt a) {
        jdbc.update("INSERT INTO webhook_attempt (delivery_id, endpoint_id, event_id, attempted_at, http_status, "
                + "latency_ms, error, response_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", deliveryId, a.endpointId(),
                a.eventId(), a.attemptedAtMillis(), a.httpStatus(), a.latencyMillis(), a.error(), a.responseExcerpt());
    }

    /** Attempts of an event, oldest first, for the endpoints of {@code accountId} only. */
    public List<DeliveryAttempt> attempts(String accountId, String eventId) {
        return jdbc.query("SELECT a.endpoint_id, a.event_id, a.attempted_at, a.http_status, a.latency_ms, a.error, "
                + "a.response_excerpt "
                + "FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id "
                + "WHERE a.event_id = ? AND d.account_id = ? ORDER BY a.attempted_at, a.id",
                (rs, n) -> new DeliveryAttempt(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4) == null ? null : rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getString(7)),
                eventId, accountId);
    }

    /** Endpoints that have not yet answered 2xx for the event (Stripe's {@code pending_webhooks}). */
    public long pendingCount(String eventId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ? "
                + "AND status = 'pending'", Long.class, eventId);
        return count == null ? 0 : count;
    }

    /** How many deliveries the event has (to one endpoint, or to all of the account's). */
    public int deliveryCount(String accountId, String eventId, String endpointIdOrNull) {
        String sql = "SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ? AND account_id = ?";
        Integer count = endpointIdOrNull == null ? jdbc.queryForObject(sql, Integer.class, eventId, accountId)
                : jdbc.queryForObject(sql + " AND endpoint_id = ?", Integer.class, eventId, accountId, endpointIdOrNull);
        return count == null ? 0 : count;
    }

    /**
     * Sends the event again (to one endpoint, or all of its endpoints): a finished delivery starts its retry schedule
     * over, a waiting one becomes due now, and one being sent (a live lease) is left alone, so that no delivery is
     * ever sent twice at once. The number of deliveries rescheduled.
     */
    public int resend(String accountId, String eventId, String endpointIdOrNull, long now) {
        String sql = "UPDATE webhook_delivery SET attempts = CASE WHEN status = 'pending' THEN attempts ELSE 0 END, "
                + "status = 'pending', next_attempt_at = ? WHERE event_id = ? AND account_id = ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?)";
        return endpointIdOrNull == null ? jdbc.update(sql, now, eventId, accountId, now)
                : jdbc.update(sql + " AND endpoint_id = ?", now, eventId, accountId, now, endpointIdOrNull);
    }

    void deleteForEndpoint(String endpointId) {
        jdbc.update("DELETE FROM webhook_attempt WHERE endpoint_id = ?", endpointId);
        jdbc.update("DELETE FROM webhook_delivery WHERE endpoint_id = ?", endpointId);
    }
}
