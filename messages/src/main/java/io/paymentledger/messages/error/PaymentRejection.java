package io.paymentledger.messages.error;

/**
 * The details of a refused command or query, carried across the buses inside Axon's
 * {@code CommandExecutionException}/{@code QueryExecutionException} (exception classes do not cross the wire,
 * details do). {@code paymentIntentId} and {@code version} name the intent whose current state the error
 * response must include (e.g. {@code payment_intent_unexpected_state}); both are null when none applies.
 */
public record PaymentRejection(PaymentError error, String paymentIntentId, Long version) {
}
