package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.CurrencyTable;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The refund rules of docs/api.md §15 as pure functions, with Stripe's errors. */
final class RefundRules {

    private RefundRules() {
    }

    /** A refund takes at least one unit and at most what is left of the captured amount. */
    static void check(String chargeId, long amount, long left, String currency) {
        if (left <= 0) {
            throw new PaymentRejectedException(PaymentErrorCode.CHARGE_ALREADY_REFUNDED,
                    "Charge " + chargeId + " has already been refunded.", null);
        }
        if (amount < 1) {
            throw new PaymentRejectedException(PaymentErrorCode.PARAMETER_INVALID_INTEGER,
                    "This value must be greater than or equal to 1.", "amount");
        }
        if (amount > left) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE, "Refund amount ("
                    + major(amount, currency) + ") is greater than unrefunded amount on charge ("
                    + major(left, currency) + ")", "amount");
        }
    }

    /** Refuses a command for a charge that is not among the intent's captured ones. */
    static void requireCaptured(Set<String> capturedCharges, String chargeId, String paymentIntentId,
                                PaymentIntentStatus status) {
        if (!capturedCharges.contains(chargeId)) {
            throw notRefundable(paymentIntentId, status);
        }
    }

    private static PaymentRejectedException notRefundable(String paymentIntentId, PaymentIntentStatus status) {
        if (status == PaymentIntentStatus.REQUIRES_CAPTURE) {
            return PaymentRejectedException.unexpectedState("This PaymentIntent (" + paymentIntentId
                    + ") has a status of requires_capture and cannot be refunded. Cancel the PaymentIntent"
                    + " instead to release the uncaptured funds.");
        }
        return new PaymentRejectedException(PaymentErrorCode.INVALID_REQUEST, "This PaymentIntent ("
                + paymentIntentId + ") does not have a successful charge to refund.", "payment_intent");
    }

    static Map<String, String> patched(Map<String, String> metadata, MetadataPatch patch) {
        return Map.copyOf(PaymentIntentPatches.mergedMetadata(metadata, patch));
    }

    static PaymentRejectedException noSuchRefund(String refundId) {
        return new PaymentRejectedException(PaymentErrorCode.RESOURCE_MISSING,
                "No such refund: '" + refundId + "'", "id");
    }

    static PaymentRejectedException notPending(String refundId) {
        return new PaymentRejectedException(PaymentErrorCode.INVALID_REQUEST,
                "Only a pending refund can be expired; refund " + refundId + " is not pending.", null);
    }

    private static String major(long minorUnits, String currency) {
        int exponent = CurrencyTable.standard().find(currency).map(c -> c.exponent()).orElse(2);
        return BigDecimal.valueOf(minorUnits, exponent).toPlainString() + " " + currency;
    }
}
