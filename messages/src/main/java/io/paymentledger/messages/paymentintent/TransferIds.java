package io.paymentledger.messages.paymentintent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids of transfers and their reversals, derived from what they belong to, so that a retried command or a replay
 * gives the same ids: {@code tr_} (a charge and a destination) and {@code trr_} (a refund and a transfer), each with
 * 24 hex digits of a SHA-256.
 */
public final class TransferIds {

    private TransferIds() {
    }

    public static String transfer(String chargeId, String destination) {
        return "tr_" + digest("transfer:" + chargeId + ":" + destination);
    }

    public static String reversal(String refundId, String transferId) {
        return "trr_" + digest("reversal:" + refundId + ":" + transferId);
    }

    private static String digest(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
