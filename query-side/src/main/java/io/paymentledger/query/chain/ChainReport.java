package io.paymentledger.query.chain;

import java.time.Instant;

/**
 * The outcome of a walk over the whole event store. {@code eventsBeforeHashing} counts events stored before the
 * chain existed (no hash): they are checked for sequence gaps and against the recorded heads only. {@code breaks}
 * counts every broken link found; {@code firstBreak} names the first (null when intact). {@code digest} is the
 * global digest of the recorded aggregate heads at the time of the check.
 */
public record ChainReport(String state, Instant checkedAt, long events, long aggregates, long eventsBeforeHashing,
                          long headsChecked, long breaks, ChainBreak firstBreak, ChainDigest digest) {

    public static final String INTACT = "intact";
    public static final String BROKEN = "broken";

    public boolean intact() {
        return INTACT.equals(state);
    }
}
