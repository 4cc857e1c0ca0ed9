package io.paymentledger.query.chain;

import java.util.function.Consumer;

/**
 * Reads every event of the event store as stored, for {@link EventChainVerification}: the JDBC table in the
 * standalone and cluster modes, Axon Server's event stream in the Axon Server mode. Each aggregate's events must
 * come in the order of their stored sequence numbers; events of different aggregates may interleave.
 */
public interface StoredEvents {

    void forEach(Consumer<StoredEvent> action);
}
