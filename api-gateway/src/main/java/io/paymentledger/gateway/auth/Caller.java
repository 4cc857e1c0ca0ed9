package io.paymentledger.gateway.auth;

/**
 * The authenticated merchant account of a request and the key it used.
 *
 * @param apiKeyId    the id of the key recorded with each change: its last four characters
 * @param keyLabel    the key as logs and audit records show it: prefix and last four ({@code sk_test_…abcd})
 * @param permissions what a restricted key may do; null for other kinds
 */
public record Caller(String accountId, String apiKeyId, String keyLabel, KeyKind kind, Permissions permissions) {

    /** A caller with full (secret-key) rights, e.g. the hosted 3-D Secure page acting for its intent. */
    public Caller(String accountId, String apiKeyId) {
        this(accountId, apiKeyId, apiKeyId, KeyKind.SECRET, null);
    }

    public boolean publishable() {
        return kind == KeyKind.PUBLISHABLE;
    }
}
