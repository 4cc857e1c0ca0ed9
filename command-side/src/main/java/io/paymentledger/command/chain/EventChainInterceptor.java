package io.paymentledger.command.chain;

import io.paymentledger.messages.chain.ChainedEvent;
import io.paymentledger.messages.chain.EventChain;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Seals every aggregate event before the event store appends it: adds {@link EventChain#HASH} and
 * {@link EventChain#PREVIOUS} to its metadata. Axon runs dispatch interceptors of the event bus when the unit of
 * work prepares its commit, on all of its events at once, and the store appends what they return; this works the
 * same for the JDBC store and for Axon Server.
 * <p>
 * The previous hash comes, in this order, from an earlier event of the same aggregate in the same unit of work,
 * from {@link ChainHeads} when it holds exactly the event before (sequence number minus one), or else from the
 * store. A cached head of another sequence number is stale (another node appended meanwhile) and is not used.
 * Heads enter the cache only after the commit, so a rolled-back command leaves nothing behind.
 */
public class EventChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String PENDING = EventChainInterceptor.class.getName() + ".pending";

    private final EventStore store;
    private final Serializer serializer;
    private final ChainHeads heads;

    public EventChainInterceptor(EventStore store, Serializer serializer, ChainHeads heads) {
        this.store = store;
        this.serializer = serializer;
        this.heads = heads;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, ChainHeads.Head> pending = pending();
        List<EventMessage<?>> sealed = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            sealed.add(message instanceof DomainEventMessage<?> event ? seal(event, pending) : message);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            pending.forEach(heads::put);
        }
        return (index, message) -> sealed.get(index);
    }

    private DomainEventMessage<?> seal(DomainEventMessage<?> event, Map<String, ChainHeads.Head> pending) {
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String previous = previousHash(aggregateId, sequence, pending);
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedType type = payload.getType();
        String hash = EventChain.hash(previous, new ChainedEvent(event.getType(), aggregateId, sequence,
                event.getIdentifier(), event.getTimestamp().toEpochMilli(), type.getName(), type.getRevision(),
                payload.getData()));
        pending.put(aggregateId, new ChainHeads.Head(sequence, hash));
        return event.andMetaData(Map.of(EventChain.HASH, hash, EventChain.PREVIOUS, previous));
    }

    private String previousHash(String aggregateId, long sequence, Map<String, ChainHeads.Head> pending) {
        if (sequence == 0) {
            return EventChain.GENESIS;
        }
        ChainHeads.Head head = pending.get(aggregateId);
        if (head == null || head.sequence() != sequence - 1) {
            head = heads.get(aggregateId);
        }
        if (head != null && head.sequence() == sequence - 1) {
            return head.hash();
        }
        return storedHash(aggregateId, sequence - 1);
    }

    /**
     * The hash of the stored event before, or {@link EventChain#GENESIS} when that event was stored before hashing
     * existed (or is missing: verification then reports the gap). The store is read only on a cache miss.
     */
    private String storedHash(String aggregateId, long sequence) {
        DomainEventStream events = store.readEvents(aggregateId, sequence);
        if (!events.hasNext()) {
            return EventChain.GENESIS;
        }
        DomainEventMessage<?> before = events.next();
        Object hash = before.getSequenceNumber() == sequence ? before.getMetaData().get(EventChain.HASH) : null;
        return hash instanceof String text ? text : EventChain.GENESIS;
    }

    private Map<String, ChainHeads.Head> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, ChainHeads.Head> created = new HashMap<>();
            root.afterCommit(unitOfWork -> created.forEach(heads::put));
            return created;
        });
    }
}
