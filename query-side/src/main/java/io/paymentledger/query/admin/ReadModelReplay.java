package io.paymentledger.query.admin;

import io.paymentledger.query.axon.Projections;
import io.paymentledger.query.books.BooksCheck;
import io.paymentledger.query.books.BooksCheckResult;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every read model from the event store through Axon's replay API: the read models' processor
 * ({@link Projections}) is shut down, its tokens reset (which runs the {@code @ResetHandler}s that empty the tables) and started again; it then
 * re-reads the event store in the background while the API keeps answering. The shut-down and reset run in the
 * background too (emptying large tables took longer than an HTTP client waits); until they are done the replay
 * reports {@code running} with nothing processed, and a reset that fails reports {@code failed} with the reason
 * and starts again the processors it had stopped.
 * In a cluster the other nodes' processors must be stopped first, as Axon can only reset tokens nobody holds.
 */
@Component
public class ReadModelReplay {

    private static final Logger log = LoggerFactory.getLogger(ReadModelReplay.class);

    static final List<String> PROCESSORS = List.of(Projections.PROCESSOR);
    private static final long CHECK_POLL_MILLIS = 200;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final BooksCheck books;
    private final Clock clock;
    private final ExecutorService resets = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-reset");
        thread.setDaemon(true);
        return thread;
    });
    private Instant startedAt;
    private long total;
    private volatile boolean resetting;
    private volatile String failure;
    private volatile BooksCheckResult booksCheck;

    public ReadModelReplay(EventProcessingConfiguration processing, EventStore eventStore, BooksCheck books) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.books = books;
        this.clock = Clock.systemUTC();
    }

    /** Starts a replay unless one is running; answers the progress either way. */
    public synchronized ReplayProgress start() {
        if (startedAt != null && failure == null && !finished()) {
            return progress();
        }
        total = head();
        startedAt = clock.instant();
        failure = null;
        booksCheck = null;
        resetting = true;
        resets.execute(this::reset);
        resets.execute(this::checkBooksWhenFinished);
        return progress();
    }

    private void reset() {
        try {
            for (StreamingEventProcessor processor : processors()) {
                processor.shutDown();
                processor.resetTokens();
                processor.start();
            }
        } catch (RuntimeException e) {
            log.error("Resetting the read models for a replay failed", e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // The processors not reset go on from their old tokens, so the read models stay served.
            processors().stream().filter(processor -> !processor.isRunning()).forEach(StreamingEventProcessor::start);
        } finally {
            resetting = false;
        }
    }

    /** After every replay: the books check, once every processor has read up to the head of the replay. */
    private void checkBooksWhenFinished() {
        try {
            while (failure == null && !finished()) {
                Thread.sleep(CHECK_POLL_MILLIS);
            }
            if (failure == null) {
                booksCheck = books.run();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("The books check after the replay failed to run", e);
            booksCheck = new BooksCheckResult(false, clock.instant(), 0, 0,
                    List.of("the check could not run: " + e.getMessage()));
        }
    }

    public synchronized ReplayProgress progress() {
        if (startedAt == null) {
            return new ReplayProgress(ReplayProgress.IDLE, null, 0, Math.max(head(), 0), null, null, null, null);
        }
        if (failure != null) {
            return new ReplayProgress(ReplayProgress.FAILED, startedAt, 0, Math.max(total, 0), null, null, failure,
                    null);
        }
        if (resetting) {
            return new ReplayProgress(ReplayProgress.RUNNING, startedAt, 0, Math.max(total, 0), null, null, null,
                    null);
        }
        // Completed once the books check after it has a result too: a reader of "completed" sees the whole outcome.
        boolean caughtUp = finished();
        boolean done = caughtUp && booksCheck != null;
        long processed = caughtUp ? Math.max(total, 0) : Math.max(Math.min(slowestPosition(), total), 0);
        double seconds = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
        Double rate = seconds > 0 && processed > 0 ? processed / seconds : null;
        Long remaining = caughtUp ? Long.valueOf(0) : rate == null ? null : Math.round((total - processed) / rate);
        return new ReplayProgress(done ? ReplayProgress.COMPLETED : ReplayProgress.RUNNING, startedAt, processed,
                Math.max(total, 0), rate, remaining, null, done ? booksCheck : null);
    }

    /** True when every segment of every projection processor has read up to the event store's head. */
    public boolean caughtUp() {
        return reached(head());
    }

    /**
     * Judged by position, not by Axon's replay flag: a segment stays "replaying" until it sees an event beyond
     * the head at reset time, which on a quiet ledger may never come.
     */
    private boolean finished() {
        return !resetting && reached(total);
    }

    /** Every segment in the token store is claimed here and has read up to {@code position}. */
    private boolean reached(long position) {
        return processors().stream().allMatch(processor -> {
            Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
            int[] segments = processing.tokenStore(processor.getName()).fetchSegments(processor.getName());
            return segments.length > 0 && Arrays.stream(segments).allMatch(segment -> claimed.containsKey(segment)
                    && claimed.get(segment).getCurrentPosition().orElse(-1) >= position);
        });
    }

    private long slowestPosition() {
        return processors().stream()
                .flatMap(processor -> processor.processingStatus().values().stream())
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0))
                .min().orElse(0);
    }

    /** The position of the newest stored event, -1 while the event store is empty. */
    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    private List<StreamingEventProcessor> processors() {
        return PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class)
                        .orElseThrow(() -> new IllegalStateException("No streaming processor " + name)))
                .toList();
    }
}
