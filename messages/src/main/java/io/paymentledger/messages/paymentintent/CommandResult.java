package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.error.PaymentError;

/**
 * What a PaymentIntent command handler answers: the intent's version (sequence number of its last event) after
 * the command, so that a reader can wait for a projection to reach it, and the card error when the command ran
 * a confirmation attempt that failed (the attempt's events are stored all the same).
 */
public record CommandResult(String paymentIntentId, long version, PaymentError declineError) {
}
