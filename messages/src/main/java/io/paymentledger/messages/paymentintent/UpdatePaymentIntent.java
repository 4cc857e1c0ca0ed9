package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdatePaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId,
                                  PaymentIntentPatch patch) {
}
