package io.paymentledger.benchmark;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage limit: the same event rows the commands of the api phase appended (copied per command, see
 * {@link EventRows}), appended with plain JDBC through the ledger's own connection pool into the same event
 * table, one transaction per command, at the same concurrency. The event processors are stopped meanwhile so
 * the database does nothing else; they catch up on these rows afterwards.
 */
final class JdbcPhase {

    private final DataSource dataSource;
    private final Processors processors;
    private final PrintStream out;

    JdbcPhase(DataSource dataSource, Processors processors, PrintStream out) {
        this.dataSource = dataSource;
        this.processors = processors;
        this.out = out;
    }

    record Outcome(double commandsPerSecond, double eventsPerSecond, Latencies.Summary latency) {
    }

    Outcome run(int concurrency, Duration duration) throws Exception {
        List<EventRows.Intent> templates = EventRows.loadTemplates(dataSource, 5_000);
        AtomicLong nextTemplate = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        AtomicLong events = new AtomicLong();
        Latencies latency = new Latencies();
        processors.stopAll();
        double seconds;
        try {
            seconds = LoadRunner.run(concurrency, duration, 0, () -> {
                EventRows.Intent template = templates.get((int) (nextTemplate.getAndIncrement() % templates.size()));
                String id = Commands.newIntentId();
                for (EventRows.CommandRows command : template.commands()) {
                    long started = System.nanoTime();
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try (PreparedStatement insert = connection.prepareStatement(EventRows.INSERT)) {
                            EventRows.addCopy(insert, template.id(), id, command, true);
                            insert.executeBatch();
                        }
                        connection.commit();
                    }
                    latency.record(System.nanoTime() - started);
                    commands.incrementAndGet();
                    events.addAndGet(command.rows().size());
                }
            });
        } finally {
            processors.startAll();
        }
        Outcome outcome = new Outcome(commands.get() / seconds, events.get() / seconds, latency.summary());
        out.printf("%n== jdbc: plain JDBC appends of the same rows, concurrency %d, %.1f s, %d template intents%n",
                concurrency, seconds, templates.size());
        out.printf("  commands (transactions): %d (%.1f/s), events: %d (%.1f/s)%n", commands.get(),
                outcome.commandsPerSecond(), events.get(), outcome.eventsPerSecond());
        out.printf("  transaction latency: %s%n", outcome.latency().millis());
        return outcome;
    }
}
