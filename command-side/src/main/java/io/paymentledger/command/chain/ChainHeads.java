package io.paymentledger.command.chain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last committed event hash of recently written aggregates, so that sealing the next event needs no read of
 * the store. Bounded: the least recently used aggregate is forgotten first. An entry may be stale on a cluster;
 * the interceptor uses one only when its sequence number is the one right before the new event.
 */
public class ChainHeads {

    /** The sequence number and hash of an aggregate's newest event. */
    public record Head(long sequence, String hash) {
    }

    private final Map<String, Head> heads;

    public ChainHeads(int capacity) {
        this.heads = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        });
    }

    Head get(String aggregateId) {
        return heads.get(aggregateId);
    }

    void put(String aggregateId, Head head) {
        heads.merge(aggregateId, head, (old, added) -> added.sequence() >= old.sequence() ? added : old);
    }
}
