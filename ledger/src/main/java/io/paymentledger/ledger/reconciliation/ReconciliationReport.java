package io.paymentledger.ledger.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * Outcome of one reconciliation run: intents whose latest event (older than {@code checkedBefore}) the
 * PaymentIntent view has not applied. Empty when the projections missed nothing.
 */
public record ReconciliationReport(Instant checkedAt, Instant checkedBefore, int missedCount,
                                   List<MissedEvent> missed) {
}
