package io.paymentledger.gateway.auth;

/** The authenticated merchant account of a request, and the id of its key: the key's last four characters. */
public record Caller(String accountId, String apiKeyId) {
}
