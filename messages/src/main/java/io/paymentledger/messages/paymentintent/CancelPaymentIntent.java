package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelPaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId,
                                  CancellationReason cancellationReason) {
}
