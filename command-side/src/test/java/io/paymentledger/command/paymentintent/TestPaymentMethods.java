package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Payment methods as the gateway's vault hands them to commands: tokenized, with the test behaviour in the processor
 * reference. The vault's own tests check which test id and number carries which behaviour.
 */
public final class TestPaymentMethods {

    private static final Map<String, String> BEHAVIOURS = Map.of(
            "pm_card_visa", "APPROVE",
            "pm_card_chargeDeclined", "GENERIC_DECLINE",
            "pm_card_authenticationRequired", "AUTHENTICATE_ALWAYS",
            "pm_card_threeDSecure2Required", "AUTHENTICATE_3DS2",
            "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds", "AUTHENTICATE_THEN_INSUFFICIENT_FUNDS",
            "pm_test_processing_succeeds", "PROCESSING_SUCCEEDS",
            "pm_test_processing_fails", "PROCESSING_FAILS",
            "pm_card_refundFail", "REFUND_FAILS");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPaymentMethods() {
    }

    /** A new payment method for a test id, as the vault resolves {@code pm_card_visa} and the like. */
    public static PaymentMethodInput byTestId(String testId) {
        String behaviour = BEHAVIOURS.get(testId);
        if (behaviour == null) {
            throw new IllegalArgumentException("No test behaviour for " + testId);
        }
        return PaymentMethodInput.of(withBehaviour(behaviour, "pm_" + SEQUENCE.incrementAndGet()));
    }

    /** A tokenized card whose processor reference is {@code test:<behaviour>} (a TestCardBehaviour name). */
    static PaymentMethod withBehaviour(String behaviour, String id) {
        return new PaymentMethod(id, Instant.parse("2026-11-01T00:00:00Z"), "card",
                new CardDetails("visa", "4242", 12, 2030, "credit", "US", "fp_test", null),
                new BillingDetails(null, null, null, null), Map.of(), "test:" + behaviour);
    }

    /** Card data the vault refused with a card error, e.g. {@code INCORRECT_NUMBER} on {@code number}. */
    static PaymentMethodInput refused(PaymentErrorCode code, String param) {
        return PaymentMethodInput.refused(new PaymentError(code, null, "Refused: " + code, param));
    }
}
