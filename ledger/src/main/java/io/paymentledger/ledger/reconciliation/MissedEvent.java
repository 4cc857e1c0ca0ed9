package io.paymentledger.ledger.reconciliation;

/**
 * An intent whose read model is behind the event store.
 *
 * @param paymentIntentId  the intent (aggregate) id
 * @param lastSequence     sequence number of its latest event in the event store
 * @param viewVersion      the sequence number the PaymentIntent view last applied, or null when it has no row
 */
public record MissedEvent(String paymentIntentId, long lastSequence, Long viewVersion) {
}
