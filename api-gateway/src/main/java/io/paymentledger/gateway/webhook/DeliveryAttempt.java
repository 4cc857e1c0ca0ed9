package io.paymentledger.gateway.webhook;

/**
 * One attempt to send an event: when, the HTTP status (null without a response), how long, what failed, and the
 * start of the receiver's answer (null without one).
 */
public record DeliveryAttempt(String endpointId, String eventId, long attemptedAtMillis, Integer httpStatus,
                              long latencyMillis, String error, String responseExcerpt) {
}
