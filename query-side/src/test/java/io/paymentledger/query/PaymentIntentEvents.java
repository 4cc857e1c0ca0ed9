package io.paymentledger.query;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentAuthenticated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.Transfer;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferReversed;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small factories for PaymentIntent events, as the command side emits them. */
public final class PaymentIntentEvents {

    public static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private PaymentIntentEvents() {
    }

    public static String anyAccountId() {
        return "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static String anyIntentId() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    public static PaymentIntentDetails details(String customer, Map<String, String> metadata) {
        return new PaymentIntentDetails(new PaymentSettings(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC,
                List.of("card"), null, null, null),
                new Descriptors("Order", null, null, null), new References(customer, null), metadata, null);
    }

    public static PaymentIntentCreated created(String id, String account, long amount, String currency) {
        return created(id, account, amount, currency, details(null, Map.of()));
    }

    public static PaymentIntentCreated created(String id, String account, long amount, String currency,
                                               PaymentIntentDetails details) {
        return new PaymentIntentCreated(id, account, amount, currency, details, id + "_secret_abc");
    }

    public static PaymentIntentUpdated updated(String id, String account, long amount, String currency,
                                               PaymentIntentDetails details, PaymentIntentStatus status) {
        return new PaymentIntentUpdated(id, account, amount, currency, details, status);
    }

    public static PaymentMethod card(String id) {
        return new PaymentMethod(id, T0, "card", new CardDetails("visa", "4242", 12, 2030, "credit", "US", "fp", "pass"),
                null, Map.of(), "tok_visa");
    }

    public static PaymentMethodAttached attached(String id, String account) {
        return new PaymentMethodAttached(id, account, card("pm_" + id.substring(3)));
    }

    public static PaymentMethodDetached detached(String id, String account) {
        return new PaymentMethodDetached(id, account);
    }

    public static PaymentIntentRequiresAction requiresAction(String id, String account) {
        return new PaymentIntentRequiresAction(id, account, new NextAction("redirect_to_url", "https://shop/return"));
    }

    public static PaymentIntentAuthenticated authenticated(String id, String account) {
        return new PaymentIntentAuthenticated(id, account);
    }

    public static PaymentIntentProcessing processing(String id, String account, long amount) {
        return new PaymentIntentProcessing(id, account, "ch_" + id.substring(3), amount, null);
    }

    public static PaymentIntentAmountCapturableUpdated authorized(String id, String account, long amount) {
        return new PaymentIntentAmountCapturableUpdated(id, account, "ch_" + id.substring(3), amount);
    }

    public static PaymentIntentSucceeded succeeded(String id, String account, long received, long released) {
        return new PaymentIntentSucceeded(id, account, "ch_" + id.substring(3), received, released);
    }

    public static PaymentIntentPaymentFailed declined(String id, String account) {
        PaymentError error = new PaymentError(PaymentErrorCode.CARD_DECLINED, "insufficient_funds",
                "Your card has insufficient funds.", null);
        return new PaymentIntentPaymentFailed(id, account, "ch_f" + id.substring(3),
                new LastPaymentError(error, "ch_f" + id.substring(3), card("pm_" + id.substring(3)), null));
    }

    public static PaymentIntentCanceled canceled(String id, String account, long released) {
        return new PaymentIntentCanceled(id, account, CancellationReason.REQUESTED_BY_CUSTOMER, released);
    }

    /** A refund of the intent's charge ({@link #succeeded}'s), {@code status} succeeded or pending. */
    public static RefundCreated refunded(String id, String account, String refundId, long amount, RefundStatus status) {
        return new RefundCreated(id, account, "ch_" + id.substring(3), refundId, amount, "usd",
                RefundReason.REQUESTED_BY_CUSTOMER, Map.of(), status);
    }

    public static RefundFailed refundFailed(String id, String account, String refundId, long amount) {
        return new RefundFailed(id, account, "ch_" + id.substring(3), refundId, amount, "expired_or_canceled_card");
    }

    /** A transfer of {@code amount} usd of the intent's charge ({@link #succeeded}'s) to {@code destination}. */
    public static TransferCreated transferred(String id, String account, String destination, long amount) {
        return new TransferCreated(id, account, "ch_" + id.substring(3), transfer(id, destination, amount));
    }

    /** {@code amount} of that transfer taken back by the refund {@code refundId}, {@code total} reversed in all. */
    public static TransferReversed transferReversed(String id, String account, String destination, long transferred,
                                                    Instant transferCreated, String refundId, long amount,
                                                    long total) {
        return new TransferReversed(id, account, "ch_" + id.substring(3), refundId, "trr_" + refundId.substring(3)
                + destination.substring(5), transfer(id, destination, transferred), transferCreated, amount, total);
    }

    private static Transfer transfer(String id, String destination, long amount) {
        return new Transfer("tr_" + id.substring(3) + destination.substring(5), destination, amount, "usd");
    }
}
