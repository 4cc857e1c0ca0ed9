package io.paymentledger.gateway.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a delivery waits for its event to become readable. The dispatcher creates a delivery as soon as it
 * sees the domain event, and the query service projects the API event from the same domain event on its own:
 * on Axon Server the gateway regularly asks first. That is not a failed attempt, so it is retried soon, with
 * short waits doubling from 250 ms up to 2 s, within {@code budget} in all; after that the delivery counts a
 * failed attempt and follows the retry schedule like any other failure.
 */
record ProjectionWait(Duration budget) {

    private static final Duration FIRST = Duration.ofMillis(250);
    private static final Duration LONGEST = Duration.ofSeconds(2);

    /** The wait after {@code waitsSoFar} earlier waits, or empty when the budget is spent. */
    Optional<Duration> next(long waitsSoFar) {
        Duration spent = Duration.ZERO;
        for (long i = 0; i < waitsSoFar; i++) {
            spent = spent.plus(delay(i));
        }
        Duration next = delay(waitsSoFar);
        return spent.plus(next).compareTo(budget) <= 0 ? Optional.of(next) : Optional.empty();
    }

    private static Duration delay(long index) {
        return index >= 3 ? LONGEST : FIRST.multipliedBy(1L << index);
    }
}
