package io.paymentledger.gateway.paymentmethod;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 under the fingerprint secret ({@link FingerprintSecret}). Card fingerprints use a key derived from
 * the secret and the account, so the same card matches within one account, cannot be correlated across accounts,
 * and cannot be brute-forced from the fingerprint without the secret (a plain hash of a 16-digit number could be).
 * Idempotency digests use a key derived for that purpose alone, for the same reason: the parameters they digest may
 * hold a card number.
 */
public final class KeyedHashes {

    private final byte[] secret;

    public KeyedHashes(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** 64 bits (hex) of the account-scoped HMAC of a card number. */
    public String cardFingerprint(String accountId, String number) {
        byte[] accountKey = hmac(secret, accountId);
        return HexFormat.of().formatHex(hmac(accountKey, number)).substring(0, 16);
    }

    /** The keyed digest (hex) of a canonical request that an idempotency record keeps. */
    public String requestDigest(String canonicalRequest) {
        byte[] requestKey = hmac(secret, "idempotency-request-digest");
        return HexFormat.of().formatHex(hmac(requestKey, canonicalRequest));
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
