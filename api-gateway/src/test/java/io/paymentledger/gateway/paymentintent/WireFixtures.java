package io.paymentledger.gateway.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.MerchantReferences;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import io.paymentledger.messages.paymentintent.Shipping;
import io.paymentledger.messages.paymentmethod.Address;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Views as the query side would answer them, for rendering tests. */
final class WireFixtures {

    static final String ID = "pi_3Qx7N2aBcDeFgHiJkLmNoPqR";
    static final String SECRET = ID + "_secret_Z1y2X3w4V5u6T7s8R9q0P1o2N";
    static final Instant CREATED = Instant.ofEpochSecond(1763900000L, 123_000_000);
    static final String BASE = "http://localhost:8080";

    private WireFixtures() {
    }

    static PaymentMethod visa(String id) {
        return new PaymentMethod(id, CREATED, "card",
                new CardDetails("visa", "4242", 12, 2030, "credit", "US", "fp_abc", "pass"),
                new BillingDetails(new Address("Berlin", "DE", "x", null, "10115", null), "a@b.co", "A", null),
                Map.of("pm_key", "v"), "processor-ref-secret");
    }

    static PaymentIntentDetails details() {
        return new PaymentIntentDetails(new PaymentSettings(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC,
                List.of("card"), new PaymentMethodOptions("automatic"), null, SetupFutureUsage.OFF_SESSION),
                new Descriptors("Order A-1", null, "A1", "r@b.co"), new References("cus_1", null), Map.of("order_id",
                "A-1"), new Shipping(new Address(null, "US", "y", null, null, null), null, "B",
                null, null));
    }

    /** Authorized for manual capture: every optional object filled. */
    static PaymentIntentView authorized() {
        return new PaymentIntentView(ID, "acct_alpha", 4, CREATED, 2000, "usd", PaymentIntentStatus.REQUIRES_CAPTURE,
                2000, 0, SECRET, details(), visa("pm_1"), charge("ch_1", "succeeded", null, "pm_1"), null, null, null,
                null);
    }

    static ChargeView charge(String id, String status, String declineCode, String paymentMethodId) {
        boolean failed = "failed".equals(status);
        return new ChargeView(id, 2000, 0, false, CREATED.plusSeconds(5), "usd", status,
                failed ? "card_declined" : null, failed ? "Your card has insufficient funds." : null, declineCode,
                paymentMethodId);
    }

    static PaymentError insufficientFunds() {
        return new PaymentError(PaymentErrorCode.CARD_DECLINED, "insufficient_funds",
                "Your card has insufficient funds.", null);
    }

    /** Declined: back to requires_payment_method, the failed method kept in the last error. */
    static PaymentIntentView declined() {
        PaymentMethod failed = visa("pm_2");
        return new PaymentIntentView(ID, "acct_alpha", 3, CREATED, 2000, "usd",
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0, 0, SECRET, details(), null,
                charge("ch_2", "failed", "insufficient_funds", "pm_2"),
                new LastPaymentError(insufficientFunds(), "ch_2", failed, null), null, null, null);
    }

    static PaymentIntentView requiresAction(String returnUrl) {
        return new PaymentIntentView(ID, "acct_alpha", 3, CREATED, 2000, "usd", PaymentIntentStatus.REQUIRES_ACTION,
                0, 0, SECRET, details(), visa("pm_3"), null, null,
                new NextAction(returnUrl == null ? "use_stripe_sdk" : "redirect_to_url", returnUrl), null, null);
    }

    /** A bare intent as created from a JSON seed body with merchant references. */
    static PaymentIntentView fromSeed() {
        PaymentIntentDetails details = new PaymentIntentDetails(new PaymentSettings(CaptureMethod.AUTOMATIC,
                ConfirmationMethod.AUTOMATIC, List.of("card"), null, new AutomaticPaymentMethods(true, "always"), null),
                Descriptors.none(), new References(null, new MerchantReferences(1L, null, "o-1")), Map.of(), null);
        return new PaymentIntentView("pi_seed", "acct_alpha", 0, CREATED, 1000, "usd",
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0, 0, "pi_seed_secret_x", details, null, null, null, null,
                null, null);
    }
}
