package io.paymentledger.gateway.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentView;

/** The intent after a command, and the card error when the command's confirmation attempt failed. */
public record CommandOutcome(PaymentIntentView intent, PaymentError declineError) {
}
