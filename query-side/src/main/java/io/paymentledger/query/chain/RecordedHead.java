package io.paymentledger.query.chain;

/** An aggregate's newest event as recorded outside the event store; {@code hash} null if stored before hashing. */
public record RecordedHead(String aggregateId, long sequence, String hash) {
}
