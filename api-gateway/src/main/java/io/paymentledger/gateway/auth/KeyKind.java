package io.paymentledger.gateway.auth;

/** Stripe's three kinds of API key, told apart by their prefix. */
public enum KeyKind {
    /** {@code sk_…}: everything the account may do. */
    SECRET,
    /** {@code rk_…}: only what its {@link Permissions} allow. */
    RESTRICTED,
    /** {@code pk_…}: only retrieving or confirming an intent with its {@code client_secret}. */
    PUBLISHABLE;

    static KeyKind of(String key) {
        if (key.startsWith("rk_")) {
            return RESTRICTED;
        }
        return key.startsWith("pk_") ? PUBLISHABLE : SECRET;
    }
}
