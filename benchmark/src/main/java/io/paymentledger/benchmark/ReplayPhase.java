package io.paymentledger.benchmark;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Replay rate: fills the event store up to {@code events} events by copying whole intents of the events already
 * there (plain JDBC batches of about 1,000 rows per transaction, processors stopped), then resets every streaming
 * processor (their reset handlers empty the read models) and times until each has handled the last event again.
 * Rate = events in the store / that time; every event goes through each projection.
 */
final class ReplayPhase {

    private static final int ROWS_PER_TRANSACTION = 1_000;

    private final DataSource dataSource;
    private final Processors processors;
    private final AdminReplay admin;
    private final PrintStream out;

    /**
     * {@code dataSource} and {@code processors}: the in-process ledger's, to fill the store (null against a remote
     * ledger: its history is replayed as it is); {@code admin}: the admin replay API, or null to reset the
     * processors through Axon directly.
     */
    ReplayPhase(DataSource dataSource, Processors processors, AdminReplay admin, PrintStream out) {
        this.dataSource = dataSource;
        this.processors = processors;
        this.admin = admin;
        this.out = out;
    }

    record Outcome(long events, double seconds, boolean completed) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    Outcome run(long events) throws Exception {
        if (dataSource == null) {
            out.printf("%n== replay: the remote ledger's history as it is, through its admin API%n");
            return viaAdmin(0);
        }
        processors.stopAll();
        long existing = count();
        long generationStarted = System.nanoTime();
        if (existing < events) {
            generate(events - existing);
        }
        double generation = (System.nanoTime() - generationStarted) / 1e9;
        long total = count();
        long head = head();
        out.printf("%n== replay: %d events in the store (%d copied in %.1f s, %.0f rows/s)%n", total,
                total - existing, generation, (total - existing) / Math.max(generation, 1e-9));
        if (admin != null) {
            return viaAdmin(total);
        }
        long started = System.nanoTime();
        processors.resetAll();
        Map<String, Double> reachedAt = processors.awaitPosition(head, started, 60_000 + 10 * total);
        boolean completed = reachedAt.size() == processors.names().size();
        Outcome outcome = new Outcome(total, (System.nanoTime() - started) / 1e9, completed);
        reachedAt.forEach((name, seconds) -> out.printf("  %s caught up after %.1f s (%.0f events/s)%n", name,
                seconds, total / seconds));
        out.printf("  rebuilt %s in %.1f s: %.0f events/s%s%n", processors.names(), outcome.seconds(),
                outcome.eventsPerSecond(), completed ? "" : " (TIMED OUT, not complete)");
        if (!completed) {
            out.printf("  head %d; processors:%n%s  tokens: %s%n", head, processors.describe(), tokens());
        }
        return outcome;
    }

    /** {@code count}: events in the store when known; else the API's head position stands for it. */
    private Outcome viaAdmin(long count) throws Exception {
        AdminReplay.Outcome replay = admin.run(60_000 + 10 * Math.max(count, 100_000));
        long events = count > 0 ? count : replay.total();
        Outcome outcome = new Outcome(events, replay.caughtUpSeconds(), replay.completed());
        out.printf("  admin replay API: %s%n", replay.lastAnswer());
        out.printf("  rebuilt through POST /admin/replay in %.1f s: %.0f events/s%s; the books check after it"
                + " answered at %.1f s%n", outcome.seconds(), outcome.eventsPerSecond(),
                replay.completed() ? "" : " (NOT COMPLETED)", replay.seconds());
        return outcome;
    }

    private void generate(long missing) throws Exception {
        List<EventRows.Intent> templates = EventRows.loadTemplates(dataSource, 5_000);
        long written = 0;
        int next = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(EventRows.insertInto(EventRows.EVENT_TABLE))) {
                int pending = 0;
                while (written < missing) {
                    EventRows.Intent template = templates.get(next++ % templates.size());
                    String id = Commands.newIntentId();
                    for (EventRows.CommandRows command : template.commands()) {
                        EventRows.addCopy(insert, template.id(), id, command, false);
                        pending += command.rows().size();
                    }
                    written += template.eventCount();
                    if (pending >= ROWS_PER_TRANSACTION || written >= missing) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
            }
        }
    }

    private String tokens() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT processorName, segment, owner, tokenType, timestamp FROM TokenEntry");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                text.append(String.format("[%s %d owner %s %s %s] ", rows.getString(1), rows.getInt(2),
                        rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        return text.toString();
    }

    private long count() throws SQLException {
        return single("SELECT COUNT(*) FROM DomainEventEntry");
    }

    private long head() throws SQLException {
        return single("SELECT COALESCE(MAX(globalIndex), -1) FROM DomainEventEntry");
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
