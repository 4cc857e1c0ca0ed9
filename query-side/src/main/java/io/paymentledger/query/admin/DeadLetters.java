package io.paymentledger.query.admin;

import io.paymentledger.query.axon.HandlerSavepoints;
import io.paymentledger.query.axon.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Lists and retries the events parked in each projection's dead-letter queue (table DeadLetterEntry). */
@Component
public class DeadLetters {

    /** Retrying stops after this many sequences in one request, so a request always ends. */
    private static final int MAX_RETRIES_PER_REQUEST = 1_000;

    private final EventProcessingConfiguration processing;
    private final HandlerSavepoints savepoints;

    DeadLetters(EventProcessingConfiguration processing, HandlerSavepoints savepoints) {
        this.processing = processing;
        this.savepoints = savepoints;
    }

    public List<DeadLetterView> list() {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String group : Projections.GROUPS) {
            processing.deadLetterQueue(group).ifPresent(queue -> collect(group, queue, letters));
        }
        return letters;
    }

    /**
     * Tries each parked sequence of {@code processingGroup} once (a failing one goes back to the queue);
     * answers how many sequences were handled successfully and left the queue.
     */
    public int retry(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new IllegalArgumentException("No dead-letter queue for " + processingGroup));
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow();
        // A letter that fails again must go back to the queue, not abort the retry's transaction (PostgreSQL).
        savepoints.isolateEachHandler();
        long attempts = Math.min(queue.amountOfSequences(), MAX_RETRIES_PER_REQUEST);
        int succeeded = 0;
        for (long i = 0; i < attempts; i++) {
            if (processor.processAny()) {
                succeeded++;
            }
        }
        return succeeded;
    }

    private static void collect(String group, SequencedDeadLetterQueue<EventMessage<?>> queue,
                                List<DeadLetterView> letters) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                letters.add(view(group, letter));
            }
        }
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> d ? d : null;
        String cause = letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null);
        return new DeadLetterView(group, domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), cause, letter.enqueuedAt(), letter.lastTouched());
    }
}
