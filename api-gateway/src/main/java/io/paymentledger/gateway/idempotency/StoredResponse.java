package io.paymentledger.gateway.idempotency;

/** The first answer given to an idempotent request, replayed byte for byte. */
public record StoredResponse(int status, String contentType, byte[] body) {
}
