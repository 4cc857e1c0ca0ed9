package io.paymentledger.query.chain;

import io.paymentledger.messages.chain.EventChain;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Records each aggregate's newest event in {@code event_chain_head} as events are appended. Not a read model: it
 * runs in the read models' processor ({@code Projections}) but has no reset handler and skips replayed events, so
 * a replay over a store whose newest events were deleted cannot move the recorded heads back. Only the metadata is
 * read, never the payload.
 */
@Component
@ProcessingGroup(EventChainHeadProjection.PROCESSING_GROUP)
@DisallowReplay
public class EventChainHeadProjection {

    public static final String PROCESSING_GROUP = "event-chain-heads";

    private final EventChainHeads heads;

    EventChainHeadProjection(EventChainHeads heads) {
        this.heads = heads;
    }

    @EventHandler
    void on(EventMessage<?> message, TrackingToken token) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        Object hash = event.getMetaData().get(EventChain.HASH);
        Long position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        heads.record(event.getAggregateIdentifier(), event.getType(), event.getSequenceNumber(),
                hash instanceof String text ? text : null, position);
    }
}
