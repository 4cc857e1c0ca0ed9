package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer's 3-D Secure result, from the hosted page or the test helper. */
public record CompletePaymentIntentAuthentication(@TargetAggregateIdentifier String paymentIntentId,
                                                  String accountId, boolean succeeded) {
}
