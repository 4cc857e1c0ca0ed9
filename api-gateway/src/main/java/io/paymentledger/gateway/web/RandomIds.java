package io.paymentledger.gateway.web;

import java.security.SecureRandom;

/** Random identifiers as Stripe shapes them: a type prefix and random alphanumerics. */
public final class RandomIds {

    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Ids and client secrets must not be guessable: a client secret authorizes the hosted 3-D Secure page.
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    public static String alphanumerics(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHANUMERICS.charAt(RANDOM.nextInt(ALPHANUMERICS.length())));
        }
        return id.toString();
    }

    public static String requestId() {
        return "req_" + alphanumerics(14);
    }
}
