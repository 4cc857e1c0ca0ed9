package io.paymentledger.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature (docs/api.md §9.3): {@code t=<unix>,v1=<hex HMAC-SHA256(secret, "t.payload")>}, keyed with
 * the whole secret string, prefix included. The body must then be sent byte for byte as signed.
 */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String header(String secret, long unixSeconds, byte[] payload) {
        return "t=" + unixSeconds + ",v1=" + signature(secret, unixSeconds, payload);
    }

    static String signature(String secret, long unixSeconds, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
