package io.paymentledger.query.chain;

/**
 * A broken link of an aggregate's event chain: where ({@code globalIndex} null when the event is gone) and what
 * was expected against what was found.
 *
 * @param kind {@link #PAYLOAD_ALTERED}, {@link #LINK_BROKEN}, {@link #SEQUENCE_GAP}, {@link #HASH_MISSING},
 *             {@link #MISSING_NEWEST_EVENTS} or {@link #HEAD_MISMATCH}
 */
public record ChainBreak(String kind, String aggregateId, long sequenceNumber, Long globalIndex, String expected,
                         String found) {

    /** The stored fields (payload, type, sequence number, timestamp, ...) no longer give the stored hash. */
    public static final String PAYLOAD_ALTERED = "payload_altered";
    /** The event's previous hash is not the hash of the event stored before it: removed, reordered or swapped. */
    public static final String LINK_BROKEN = "link_broken";
    /** A sequence number is missing in the middle of the aggregate's events. */
    public static final String SEQUENCE_GAP = "sequence_gap";
    /** An event without a hash after events that have one (hashes are never removed by the ledger). */
    public static final String HASH_MISSING = "hash_missing";
    /** The store ends before the aggregate's head recorded outside it: its newest events were deleted. */
    public static final String MISSING_NEWEST_EVENTS = "missing_newest_events";
    /** The stored event at the recorded head has another hash: the newest events were replaced. */
    public static final String HEAD_MISMATCH = "head_mismatch";

    /** One line for logs and the command line. */
    public String describe() {
        return kind + " at aggregate " + aggregateId + " sequence " + sequenceNumber
                + (globalIndex == null ? "" : " (global index " + globalIndex + ")")
                + ": expected " + expected + ", found " + found;
    }
}
