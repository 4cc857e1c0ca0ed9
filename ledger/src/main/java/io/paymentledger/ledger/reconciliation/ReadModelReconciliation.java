package io.paymentledger.ledger.reconciliation;

import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Finds events a projection missed, e.g. one committed after the event store's gap timeout and therefore skipped
 * by the processors: for every intent, the sequence number of its latest event in {@code DomainEventEntry} must
 * equal the {@code version} of its row in {@code payment_intent_view} (the view applies every PaymentIntent
 * event). Intents whose latest event is younger than the grace period are left out, as they may be in flight.
 * Axon writes event timestamps with fixed millisecond precision, so they compare as strings.
 */
public class ReadModelReconciliation {

    private static final String BEHIND = """
            FROM (SELECT aggregateIdentifier AS id, MAX(sequenceNumber) AS last_sequence, MAX(timeStamp) AS last_at
                  FROM DomainEventEntry WHERE type = 'PaymentIntent' GROUP BY aggregateIdentifier) e
            LEFT JOIN payment_intent_view v ON v.id = e.id
            WHERE e.last_at < ? AND (v.version IS NULL OR v.version < e.last_sequence)""";

    private final JdbcTemplate jdbc;
    private final ReconciliationProperties properties;
    private final Clock clock;

    public ReadModelReconciliation(JdbcTemplate jdbc, ReconciliationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public ReconciliationReport check() {
        Instant now = clock.instant();
        Instant before = now.minus(properties.grace());
        String cutoff = DateTimeUtils.formatInstant(before);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) " + BEHIND, Integer.class, cutoff);
        List<MissedEvent> missed = jdbc.query(
                "SELECT e.id, e.last_sequence, v.version " + BEHIND + " ORDER BY e.id LIMIT ?",
                (rs, row) -> new MissedEvent(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3, Long.class)),
                cutoff, properties.limit());
        return new ReconciliationReport(now, before, count == null ? 0 : count, missed);
    }
}
