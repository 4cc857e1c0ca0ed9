package io.paymentledger.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The ledger's streaming event processors (the projections): stop, start, reset and wait for them. */
final class Processors {

    private static final long CLAIM_TIMEOUT_MILLIS = 10_000;
    private static final int START_ATTEMPTS = 3;

    private final EventProcessingConfiguration configuration;

    Processors(EventProcessingConfiguration configuration) {
        this.configuration = configuration;
    }

    List<StreamingEventProcessor> all() {
        return configuration.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    List<String> names() {
        return all().stream().map(StreamingEventProcessor::getName).toList();
    }

    void stopAll() {
        all().forEach(processor -> processor.shutdownAsync().join());
    }

    /**
     * Starts every processor and waits until each has claimed all its segments; a processor that has not within
     * {@link #CLAIM_TIMEOUT_MILLIS} is stopped and started again (up to {@link #START_ATTEMPTS} times). Why: a
     * tracking processor restarted right after a shutdown was seen, now and then, to report running while no
     * worker ever claimed its segment again (its token keeping this node as owner), which stalls it for good.
     */
    void startAll() throws InterruptedException {
        for (StreamingEventProcessor processor : all()) {
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                processor.start();
                if (awaitClaims(processor)) {
                    break;
                }
                processor.shutdownAsync().join();
            }
        }
    }

    private static boolean awaitClaims(StreamingEventProcessor processor) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CLAIM_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (covered(processor.processingStatus().values())) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return false;
    }

    /** Stops every processor that supports a reset, resets its tokens (running its reset handlers), starts all. */
    void resetAll() throws InterruptedException {
        stopAll();
        all().stream().filter(StreamingEventProcessor::supportsReset).forEach(StreamingEventProcessor::resetTokens);
        startAll();
    }

    /**
     * Waits until every segment of every processor has handled the event at {@code head}, and returns the seconds
     * from {@code startNanos} at which each processor got there (absent: not within the timeout).
     */
    Map<String, Double> awaitPosition(long head, long startNanos, long timeoutMillis) throws InterruptedException {
        Map<String, Double> reachedAt = new LinkedHashMap<>();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<StreamingEventProcessor> processors = all();
        while (reachedAt.size() < processors.size() && System.currentTimeMillis() < deadline) {
            for (StreamingEventProcessor processor : processors) {
                if (!reachedAt.containsKey(processor.getName())
                        && reached(processor.processingStatus().values(), head)) {
                    reachedAt.put(processor.getName(), (System.nanoTime() - startNanos) / 1e9);
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return reachedAt;
    }

    /** Each processor's segments: position, replaying, error; for a report when a wait timed out. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (StreamingEventProcessor processor : all()) {
            text.append(String.format("  %s running=%s:", processor.getName(), processor.isRunning()));
            processor.processingStatus().forEach((segment, status) -> text.append(String.format(
                    " [segment %d position %s replaying %s error %s]", segment, status.getCurrentPosition(),
                    status.isReplaying(), status.isErrorState() ? status.getError() : "none")));
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private static boolean reached(Collection<EventTrackerStatus> segments, long head) {
        // Not isReplaying(): a replay token only turns back into a plain one at the first event after the reset
        // position, so with no newer event a processor that has handled everything still reports replaying.
        return covered(segments) && segments.stream().allMatch(status -> !status.isErrorState()
                && status.getCurrentPosition().orElse(-1) >= head);
    }

    /** All segments are claimed when their shares add up to the whole (a segment with mask m is 1/(m+1)). */
    private static boolean covered(Collection<EventTrackerStatus> segments) {
        return segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum() > 0.999;
    }
}
