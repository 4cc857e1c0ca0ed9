package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Settles a {@code processing} attempt now instead of after the configured delay (test helper). */
public record SettlePaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId) {
}
