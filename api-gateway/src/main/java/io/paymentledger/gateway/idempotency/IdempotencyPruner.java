package io.paymentledger.gateway.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes idempotent results older than the retention (24 h by default); expired keys run as new requests. */
@Component
class IdempotencyPruner {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPruner.class);

    private final Idempotency idempotency;

    IdempotencyPruner(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${ledger.gateway.idempotency-prune-interval:PT15M}")
    void prune() {
        int pruned = idempotency.prune();
        if (pruned > 0) {
            log.debug("Pruned {} expired idempotency keys", pruned);
        }
    }
}
