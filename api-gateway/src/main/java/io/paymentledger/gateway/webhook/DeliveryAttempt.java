package io.paymentledger.gateway.webhook;

/** One attempt to send an event: when, the HTTP status (null without a response), how long, and what failed. */
public record DeliveryAttempt(String endpointId, String eventId, long attemptedAtMillis, Integer httpStatus,
                              long latencyMillis, String error) {
}
