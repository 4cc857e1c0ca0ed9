package io.paymentledger.ledger.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SignallingEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private SignallingEventSource source;

    @AfterEach
    void close() {
        source.close();
        store.shutDown();
    }

    @Test
    void signalsAStreamOnceAnAppendHasCommittedAndTheEventCanBeRead() throws InterruptedException {
        source = new SignallingEventSource(store, Duration.ofHours(1));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger signals = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(signals::incrementAndGet)).isTrue();

        UnitOfWork<?> append = DefaultUnitOfWork.startAndGet(null);
        store.publish(GenericEventMessage.asEventMessage("payment"));
        assertThat(signals).hasValue(0);
        append.commit();

        assertThat(signals.get()).isPositive();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("payment");
        // Signalled again shortly after, in case the first signal came before the store's reader had the event.
        await().atMost(Duration.ofSeconds(5)).until(() -> signals.get() == 3);
    }

    @Test
    void signalsPeriodicallyForEventsThatOtherNodesAppend() {
        source = new SignallingEventSource(store, Duration.ofMillis(20));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger signals = new AtomicInteger();
        stream.setOnAvailableCallback(signals::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).until(() -> signals.get() >= 3);
    }

    @Test
    void aClosedStreamIsNoLongerSignalled() {
        source = new SignallingEventSource(store, Duration.ofHours(1));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger signals = new AtomicInteger();
        stream.setOnAvailableCallback(signals::incrementAndGet);
        stream.close();

        store.publish(GenericEventMessage.asEventMessage("payment"));

        assertThat(signals).hasValue(0);
    }
}
