package io.paymentledger.gateway.ratelimit;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.paymentledger.gateway.auth.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One token bucket per key and kind of request (read or write), refilled greedily at the budget per second and
 * holding at most one second's worth. The buckets live in this JVM (standalone) or in PostgreSQL, so that every
 * node of a cluster draws on the same budget ({@link RateLimitConfiguration}).
 */
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final BiFunction<String, Supplier<BucketConfiguration>, Bucket> buckets;
    private final Budgets budgets;

    RateLimiter(BiFunction<String, Supplier<BucketConfiguration>, Bucket> buckets, Budgets budgets) {
        this.buckets = buckets;
        this.budgets = budgets;
    }

    /** Takes one request from the caller's budget; false when it is spent for now. */
    public boolean tryAcquire(Caller caller, boolean write) {
        long perSecond = budgets.perSecond(caller, write);
        if (perSecond <= 0) {
            return true;
        }
        String id = caller.accountId() + "/" + caller.keyLabel() + "/" + (write ? "write" : "read") + "/" + perSecond;
        Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
        try {
            return buckets.apply(id, configuration).tryConsume(1);
        } catch (RuntimeException unavailable) {
            // The budget store is the database: when it is down the request fails there anyway, with a 503.
            log.warn("Rate limit of key {} not checked: {}", caller.keyLabel(), unavailable.toString());
            return true;
        }
    }
}
