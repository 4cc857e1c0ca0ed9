package io.paymentledger.messages.paymentintent;

/**
 * Metadata keys the gateway puts on every command; Axon's correlation data providers copy them onto the events
 * the command causes, for the audit history. The API key's id is its last four characters, never the key.
 */
public enum AuditMetadata {
    REQUEST_ID("requestId"),
    IDEMPOTENCY_KEY("idempotencyKey"),
    API_KEY_ID("apiKeyId"),
    ACCOUNT_ID("accountId");

    private final String key;

    AuditMetadata(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
