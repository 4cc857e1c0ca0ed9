package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test data: the events of one intent {@link #ID} of {@link #ACCOUNT}. */
final class PaymentIntentEvents {

    static final String ID = "pi_test0000000000000000001";
    static final String ACCOUNT = "acct_test";
    static final String OTHER_ACCOUNT = "acct_other";
    static final String CHARGE = "ch_given";
    static final long AMOUNT = 2_000;

    private PaymentIntentEvents() {
    }

    static PaymentIntentDetails details(CaptureMethod captureMethod, ConfirmationMethod confirmationMethod) {
        return new PaymentIntentDetails(
                new PaymentSettings(captureMethod, confirmationMethod, List.of("card"), null, null, null),
                new Descriptors("Order A-1", null, null, null), References.none(), Map.of("order", "A-1"), null);
    }

    static PaymentIntentDetails withSettings(PaymentIntentDetails d, PaymentSettings settings) {
        return new PaymentIntentDetails(settings, d.descriptors(), d.references(), d.metadata(), d.shipping());
    }

    static PaymentIntentDetails withDescription(PaymentIntentDetails d, String description) {
        return new PaymentIntentDetails(d.settings(), new Descriptors(description, null, null, null), d.references(),
                d.metadata(), d.shipping());
    }

    static PaymentIntentDetails withMetadata(PaymentIntentDetails d, Map<String, String> metadata) {
        return new PaymentIntentDetails(d.settings(), d.descriptors(), d.references(), metadata, d.shipping());
    }

    static PaymentIntentDetails details() {
        return details(CaptureMethod.AUTOMATIC, ConfirmationMethod.AUTOMATIC);
    }

    static PaymentIntentCreated created(long amount) {
        return created(amount, details());
    }

    static PaymentIntentCreated created(long amount, PaymentIntentDetails details) {
        return new PaymentIntentCreated(ID, ACCOUNT, amount, "usd", details, ID + "_secret_test");
    }

    /** A stored test payment method; {@code behaviour} names a TestCardBehaviour, e.g. APPROVE. */
    static PaymentMethod card(String behaviour) {
        return new PaymentMethod("pm_given_" + behaviour.toLowerCase(), Instant.parse("2026-11-01T00:00:00Z"), "card",
                new CardDetails("visa", "4242", 12, 2030, "credit", "US", "fp_given", null),
                new BillingDetails(null, null, null, null), Map.of(), "test:" + behaviour);
    }

    static PaymentMethod visa() {
        return card("APPROVE");
    }

    static PaymentMethodAttached attached(PaymentMethod paymentMethod) {
        return new PaymentMethodAttached(ID, ACCOUNT, paymentMethod);
    }

    static PaymentIntentRequiresAction requiresAction() {
        return new PaymentIntentRequiresAction(ID, ACCOUNT, new NextAction("use_stripe_sdk", null));
    }

    static PaymentIntentProcessing processing(long amount) {
        return new PaymentIntentProcessing(ID, ACCOUNT, CHARGE, amount, null);
    }

    static PaymentIntentAmountCapturableUpdated authorized(long amount) {
        return new PaymentIntentAmountCapturableUpdated(ID, ACCOUNT, CHARGE, amount);
    }

    static PaymentIntentSucceeded succeeded(long received, long released) {
        return new PaymentIntentSucceeded(ID, ACCOUNT, CHARGE, received, released);
    }

    static PaymentIntentCanceled canceled(CancellationReason reason, long released) {
        return new PaymentIntentCanceled(ID, ACCOUNT, reason, released);
    }

    /** The events that bring a {@link #AMOUNT} intent into {@code status}. */
    static Object[] inStatus(PaymentIntentStatus status) {
        PaymentIntentDetails manual = details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC);
        return switch (status) {
            case REQUIRES_PAYMENT_METHOD -> new Object[] {created(AMOUNT)};
            case REQUIRES_CONFIRMATION -> new Object[] {created(AMOUNT), attached(visa())};
            case REQUIRES_ACTION -> new Object[] {created(AMOUNT), attached(card("AUTHENTICATE_ALWAYS")),
                    requiresAction()};
            case PROCESSING -> new Object[] {created(AMOUNT), attached(card("PROCESSING_SUCCEEDS")),
                    processing(AMOUNT)};
            case REQUIRES_CAPTURE -> new Object[] {created(AMOUNT, manual), attached(visa()), authorized(AMOUNT)};
            case SUCCEEDED -> new Object[] {created(AMOUNT), attached(visa()), succeeded(AMOUNT, 0)};
            case CANCELED -> new Object[] {created(AMOUNT), canceled(CancellationReason.REQUESTED_BY_CUSTOMER, 0)};
        };
    }
}
