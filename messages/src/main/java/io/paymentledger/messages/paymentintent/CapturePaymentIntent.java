package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Captures {@code amountToCapture}, or all of {@code amount_capturable} when it is null. */
public record CapturePaymentIntent(@TargetAggregateIdentifier String paymentIntentId, String accountId,
                                   Long amountToCapture, PaymentIntentPatch patch) {
}
