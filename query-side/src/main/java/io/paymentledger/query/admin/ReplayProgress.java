package io.paymentledger.query.admin;

import io.paymentledger.query.books.BooksCheckResult;

import java.time.Instant;

/**
 * How far a replay has come. Counts are event store positions: {@code processed} is how far the slowest
 * segment of the replayed processors has read, {@code total} the head of the event store when the replay began.
 * {@code eventsPerSecond} and {@code secondsRemaining} are estimates (null until measurable); {@code error} says why
 * a {@code failed} replay could not reset the read models. {@code booksCheck} is the books check run once the replay
 * has completed (null until then; docs/books.md).
 */
public record ReplayProgress(String state, Instant startedAt, long processed, long total, Double eventsPerSecond,
                             Long secondsRemaining, String error, BooksCheckResult booksCheck) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public boolean running() {
        return RUNNING.equals(state);
    }
}
