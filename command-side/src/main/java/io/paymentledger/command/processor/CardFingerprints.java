package io.paymentledger.command.processor;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Account-scoped fingerprints: HMAC-SHA256 of the number under a key derived from the secret and the account, so
 * the same card matches within one account, cannot be correlated across accounts, and cannot be brute-forced
 * from the fingerprint without the secret (a plain hash of a 16-digit number could be).
 */
final class CardFingerprints {

    private final byte[] secret;

    CardFingerprints(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String fingerprint(String accountId, String number) {
        byte[] accountKey = hmac(secret, accountId);
        return HexFormat.of().formatHex(hmac(accountKey, number)).substring(0, 16);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
