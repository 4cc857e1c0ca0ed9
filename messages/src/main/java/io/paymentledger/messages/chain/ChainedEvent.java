package io.paymentledger.messages.chain;

/**
 * The fields of a stored event that its chain hash covers, exactly as the event store keeps them: the payload
 * bytes as serialized, the payload type and revision (null when none), and the timestamp in epoch milliseconds
 * (the precision both the JDBC store and Axon Server keep). Metadata is not covered: it carries the hash itself.
 */
public record ChainedEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                           long timestampMillis, String payloadType, String payloadRevision, byte[] payload) {
}
