package io.paymentledger.query.chain;

import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import io.paymentledger.messages.chain.ChainedEvent;
import io.paymentledger.messages.chain.EventChain;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Axon Server's events exactly as stored (payload bytes, type, revision, timestamp and metadata of the gRPC
 * event), read with the connector's event stream from the first event up to the last token at the start of the
 * walk. Axon's own event store would hand out upcast, deserialized events, which are not what was hashed.
 */
class AxonServerStoredEvents implements StoredEvents {

    private static final int BUFFER = 1_000;
    private static final long WAIT_SECONDS = 30;

    private final AxonServerConnectionManager connections;

    AxonServerStoredEvents(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    public void forEach(Consumer<StoredEvent> action) {
        EventChannel channel = connections.getConnection().eventChannel();
        long last = await(channel);
        if (last < 0) {
            return;
        }
        try (EventStream stream = channel.openStream(-1, BUFFER)) {
            long token = -1;
            while (token < last) {
                EventWithToken next = stream.nextIfAvailable(WAIT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("Axon Server sent no event after token " + token
                            + stream.getError().map(error -> ": " + error.getMessage()).orElse(""));
                }
                token = next.getToken();
                Event event = next.getEvent();
                if (!event.getAggregateIdentifier().isEmpty()) {
                    action.accept(stored(token, event));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server's events", e);
        }
    }

    private static long await(EventChannel channel) {
        try {
            Long last = channel.getLastToken().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return last == null ? -1 : last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Axon Server for its last token", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Axon Server did not say where its events end", e);
        }
    }

    private static StoredEvent stored(long token, Event event) {
        String revision = event.getPayload().getRevision();
        ChainedEvent chained = new ChainedEvent(event.getAggregateType(), event.getAggregateIdentifier(),
                event.getAggregateSequenceNumber(), event.getMessageIdentifier(), event.getTimestamp(),
                event.getPayload().getType(), revision.isEmpty() ? null : revision,
                event.getPayload().getData().toByteArray());
        return new StoredEvent(token, chained, text(event, EventChain.HASH), text(event, EventChain.PREVIOUS));
    }

    private static String text(Event event, String key) {
        MetaDataValue value = event.getMetaDataMap().get(key);
        return value == null || value.getDataCase() != MetaDataValue.DataCase.TEXT_VALUE ? null : value.getTextValue();
    }
}
