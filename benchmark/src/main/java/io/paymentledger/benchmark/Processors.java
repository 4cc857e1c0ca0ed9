package io.paymentledger.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The ledger's streaming event processors (the projections): stop, start, reset and wait for them. */
final class Processors {

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
        all().forEach(StreamingEventProcessor::shutDown);
    }

    void startAll() {
        all().forEach(StreamingEventProcessor::start);
    }

    /** Stops every processor that supports a reset, resets its tokens (running its reset handlers), starts all. */
    void resetAll() {
        stopAll();
        all().stream().filter(StreamingEventProcessor::supportsReset).forEach(StreamingEventProcessor::resetTokens);
        startAll();
    }

    /** Waits until every segment of every processor has handled the event at {@code head}; false on timeout. */
    boolean awaitPosition(long head, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (all().stream().allMatch(processor -> reached(processor.processingStatus().values(), head))) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return false;
    }

    private static boolean reached(Collection<EventTrackerStatus> segments, long head) {
        // All segments are claimed when their shares add up to the whole (a segment with mask m is 1/(m+1)).
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered > 0.999 && segments.stream().allMatch(status -> !status.isErrorState()
                && !status.isReplaying() && status.getCurrentPosition().orElse(-1) >= head);
    }
}
