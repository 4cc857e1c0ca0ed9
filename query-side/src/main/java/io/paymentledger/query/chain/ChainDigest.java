package io.paymentledger.query.chain;

import java.time.Instant;

/**
 * SHA-256 folded over every recorded aggregate head (aggregate id, sequence number and hash, in aggregate id
 * order). {@code events} is the number of events the heads account for. Logged every
 * {@code ledger.event-chain.digest-interval}: a logged digest that later no longer matches shows that heads were
 * rewritten, and the heads in turn show when an aggregate's newest events were deleted.
 */
public record ChainDigest(String digest, long aggregates, long events, Instant computedAt) {
}
