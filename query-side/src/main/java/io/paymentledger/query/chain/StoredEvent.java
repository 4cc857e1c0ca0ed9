package io.paymentledger.query.chain;

import io.paymentledger.messages.chain.ChainedEvent;

/**
 * One event as the event store holds it: the hashed fields, and the chain hashes of its metadata (both null for
 * an event stored before hashing existed). {@code globalIndex} is the store's position of the event.
 */
public record StoredEvent(long globalIndex, ChainedEvent event, String hash, String previous) {
}
