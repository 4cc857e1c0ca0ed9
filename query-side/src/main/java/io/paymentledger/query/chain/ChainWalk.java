package io.paymentledger.query.chain;

import io.paymentledger.messages.chain.EventChain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the chain one stored event at a time, remembering only each aggregate's last event, then compares the
 * store with the heads recorded outside it. An aggregate may begin with events stored before hashing existed
 * (no hash); its first hashed event then links to {@link EventChain#GENESIS}, like a first event. After a hashed
 * event, an event without a hash is a break: the ledger never writes one, so it was stripped or inserted.
 */
final class ChainWalk {

    private record Tail(long sequence, String hash) {
    }

    private final Map<String, RecordedHead> heads;
    private final Map<String, Tail> tails = new HashMap<>();
    private final Map<String, String> hashesAtHeads = new HashMap<>();
    private long events;
    private long eventsBeforeHashing;
    private long breaks;
    private ChainBreak firstBreak;

    ChainWalk(Map<String, RecordedHead> heads) {
        this.heads = heads;
    }

    void accept(StoredEvent stored) {
        events++;
        String id = stored.event().aggregateId();
        long sequence = stored.event().sequenceNumber();
        Tail tail = tails.get(id);
        long expectedSequence = tail == null ? 0 : tail.sequence() + 1;
        if (sequence != expectedSequence) {
            report(ChainBreak.SEQUENCE_GAP, stored, "sequence " + expectedSequence, "sequence " + sequence);
        }
        RecordedHead head = heads.get(id);
        if (head != null && head.sequence() == sequence) {
            hashesAtHeads.put(id, stored.hash());
        }
        if (stored.hash() == null) {
            if (tail != null && tail.hash() != null) {
                report(ChainBreak.HASH_MISSING, stored, "a hash", "none");
            } else {
                eventsBeforeHashing++;
            }
            tails.put(id, new Tail(sequence, null));
            return;
        }
        String expectedPrevious = tail == null || tail.hash() == null ? EventChain.GENESIS : tail.hash();
        if (!expectedPrevious.equals(stored.previous())) {
            report(ChainBreak.LINK_BROKEN, stored, expectedPrevious, stored.previous());
        } else {
            String recomputed = EventChain.hash(stored.previous(), stored.event());
            if (!recomputed.equals(stored.hash())) {
                report(ChainBreak.PAYLOAD_ALTERED, stored, recomputed, stored.hash());
            }
        }
        tails.put(id, new Tail(sequence, stored.hash()));
    }

    ChainReport finish(ChainDigest digest, Instant checkedAt) {
        heads.values().stream().sorted(Comparator.comparing(RecordedHead::aggregateId)).forEach(head -> {
            Tail tail = tails.get(head.aggregateId());
            if (tail == null || tail.sequence() < head.sequence()) {
                report(new ChainBreak(ChainBreak.MISSING_NEWEST_EVENTS, head.aggregateId(), head.sequence(), null,
                        "events up to sequence " + head.sequence(),
                        tail == null ? "no events" : "events up to sequence " + tail.sequence()));
            } else if (head.hash() != null && !head.hash().equals(hashesAtHeads.get(head.aggregateId()))) {
                report(new ChainBreak(ChainBreak.HEAD_MISMATCH, head.aggregateId(), head.sequence(), null,
                        head.hash(), hashesAtHeads.get(head.aggregateId())));
            }
        });
        return new ChainReport(breaks == 0 ? ChainReport.INTACT : ChainReport.BROKEN, checkedAt, events, tails.size(),
                eventsBeforeHashing, heads.size(), breaks, firstBreak, digest);
    }

    private void report(String kind, StoredEvent stored, String expected, String found) {
        report(new ChainBreak(kind, stored.event().aggregateId(), stored.event().sequenceNumber(),
                stored.globalIndex(), expected, found));
    }

    private void report(ChainBreak chainBreak) {
        breaks++;
        if (firstBreak == null) {
            firstBreak = chainBreak;
        }
    }
}
