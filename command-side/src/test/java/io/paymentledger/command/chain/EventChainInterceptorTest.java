package io.paymentledger.command.chain;

import io.paymentledger.messages.chain.ChainedEvent;
import io.paymentledger.messages.chain.EventChain;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Two "nodes" (interceptors with caches of their own) append to one event store: the chain links across units of
 * work and nodes, and the store is read only when a node's cached head is not the event right before.
 */
class EventChainInterceptorTest {

    private static final String ID = "pi_chain";

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventStore reads = spy(store);
    private final Node nodeA = new Node();
    private final Node nodeB = new Node();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void chainsTheEventsOfOneUnitOfWorkWithoutReadingTheStore() {
        nodeA.append(event(0, "created"), event(1, "updated"), event(2, "canceled"));

        List<DomainEventMessage<?>> stored = stored();
        assertThat(stored.get(0).getMetaData()).containsEntry(EventChain.PREVIOUS, EventChain.GENESIS);
        assertThat(stored.get(1).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(hashOf(stored.get(0)));
        assertThat(stored.get(2).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(hashOf(stored.get(1)));
        stored.forEach(event -> assertThat(hashOf(event)).isEqualTo(recomputed(event)));
        verify(reads, never()).readEvents(anyString(), anyLong());
    }

    @Test
    void usesTheCachedHeadOfTheSameNode() {
        nodeA.append(event(0, "created"));
        nodeA.append(event(1, "updated"));

        assertThat(stored().get(1).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(hashOf(stored().get(0)));
        verify(reads, never()).readEvents(anyString(), anyLong());
    }

    @Test
    void readsTheStoreWhenAnotherNodeAppendedMeanwhile() {
        nodeA.append(event(0, "created"));
        nodeB.append(event(1, "updated"));
        verify(reads, times(1)).readEvents(ID, 0L);
        clearInvocations(reads);

        // Node A's cached head (sequence 0) is stale now: it must not link sequence 2 to it.
        nodeA.append(event(2, "canceled"));

        verify(reads, times(1)).readEvents(ID, 1L);
        assertThat(stored().get(2).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(hashOf(stored().get(1)));
    }

    @Test
    void forgetsTheHeadsOfARolledBackUnitOfWork() {
        nodeA.append(event(0, "created"));
        // Sealed by node A's interceptor, then the unit of work fails before the store appends it.
        var sealing = store.registerDispatchInterceptor(nodeA.interceptor);
        var failing = store.registerDispatchInterceptor(messages -> {
            throw new IllegalStateException("the append fails");
        });
        assertThatThrownBy(() -> DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(event(1, "lost"))))
                .hasMessageContaining("the append fails");
        failing.cancel();
        sealing.cancel();

        nodeA.append(event(1, "updated"));

        assertThat(stored()).hasSize(2);
        assertThat(stored().get(1).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(hashOf(stored().get(0)));
        // The cached head is still sequence 0: a head of the lost event would have sent it to the store.
        verify(reads, never()).readEvents(anyString(), anyLong());
    }

    @Test
    void linksAfterHistoryStoredBeforeHashingToGenesis() {
        store.publish(event(0, "created before hashing"));
        nodeA.append(event(1, "updated"));

        assertThat(stored().get(0).getMetaData()).doesNotContainKey(EventChain.HASH);
        assertThat(stored().get(1).getMetaData()).containsEntry(EventChain.PREVIOUS, EventChain.GENESIS);
    }

    private DomainEventMessage<String> event(long sequence, String payload) {
        return new GenericDomainEventMessage<>("PaymentIntent", ID, sequence, payload);
    }

    private List<DomainEventMessage<?>> stored() {
        return store.readEvents(ID).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    private static String hashOf(DomainEventMessage<?> event) {
        return (String) event.getMetaData().get(EventChain.HASH);
    }

    private String recomputed(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        return EventChain.hash((String) event.getMetaData().get(EventChain.PREVIOUS), new ChainedEvent(
                event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getTimestamp().toEpochMilli(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData()));
    }

    /** One node: its own interceptor and head cache, registered while it appends. */
    private final class Node {

        private final EventChainInterceptor interceptor = new EventChainInterceptor(reads, serializer,
                new ChainHeads(100));

        void append(DomainEventMessage<?>... events) {
            var registration = store.registerDispatchInterceptor(interceptor);
            try {
                DefaultUnitOfWork.startAndGet(null).execute(() -> Stream.of(events).forEach(store::publish));
            } finally {
                registration.cancel();
            }
        }
    }
}
