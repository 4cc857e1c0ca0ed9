package io.paymentledger.gateway.auth;

/**
 * One configured key, held only as its SHA-256.
 *
 * @param label       how the key is shown in logs and errors: its prefix and last four ({@code sk_test_…abcd})
 * @param permissions what a restricted key may do; null for secret and publishable keys
 */
record ApiKey(KeyKind kind, String accountId, String label, String lastFour, byte[] sha256,
              Permissions permissions) {
}
