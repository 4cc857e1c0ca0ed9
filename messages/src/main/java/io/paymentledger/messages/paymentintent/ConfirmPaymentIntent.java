package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms an intent; {@code patch} holds the values given at confirm time, applied before the attempt. */
public record ConfirmPaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId,
                                   PaymentIntentPatch patch, ConfirmOptions options) {
}
