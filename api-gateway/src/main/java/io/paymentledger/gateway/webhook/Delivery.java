package io.paymentledger.gateway.webhook;

/** One event to send to one endpoint, and where its retries stand. */
record Delivery(long id, String endpointId, String accountId, String eventId, String paymentIntentId,
                String status, long attempts, long projectionWaits) {
}
