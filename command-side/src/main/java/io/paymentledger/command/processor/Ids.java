package io.paymentledger.command.processor;

import java.security.SecureRandom;

/** Creates Stripe-style ids: a type prefix ({@code ch_}, {@code pm_}) and 24 random alphanumerics. */
@FunctionalInterface
public interface Ids {

    String next(String prefix);

    static Ids random() {
        SecureRandom random = new SecureRandom();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return prefix -> {
            StringBuilder id = new StringBuilder(prefix);
            for (int i = 0; i < 24; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return id.toString();
        };
    }
}
