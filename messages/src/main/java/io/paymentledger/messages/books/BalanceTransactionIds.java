package io.paymentledger.messages.books;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a balance transaction, derived from its type and source so that a replay writes the same ids and the
 * gateway can name a charge's or refund's balance transaction without asking the books ({@code txn_} and 24 hex
 * digits of a SHA-256 of type and source).
 */
public final class BalanceTransactionIds {

    public static final String CHARGE = "charge";
    public static final String REFUND = "refund";
    public static final String REFUND_FAILURE = "refund_failure";
    /** Money sent to another account, and taken back (Stripe's type for a transfer reversal). */
    public static final String TRANSFER = "transfer";
    public static final String TRANSFER_REFUND = "transfer_refund";

    private BalanceTransactionIds() {
    }

    public static String of(String type, String sourceId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type + ":" + sourceId).getBytes(StandardCharsets.UTF_8));
            return "txn_" + HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A transfer's balance transaction in one of its two accounts. */
    public static String of(String type, String sourceId, String accountId) {
        return of(type, sourceId + "@" + accountId);
    }

    /** Stripe's {@code reporting_category} of a type: the type itself, but {@code transfer_reversal}. */
    public static String reportingCategory(String type) {
        return TRANSFER_REFUND.equals(type) ? "transfer_reversal" : type;
    }

    /** The balance transaction of a captured charge. */
    public static String ofCharge(String chargeId) {
        return of(CHARGE, chargeId);
    }

    /** The balance transaction that took a refund off the balance. */
    public static String ofRefund(String refundId) {
        return of(REFUND, refundId);
    }
}
