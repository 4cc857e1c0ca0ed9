package io.paymentledger.command.processor;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.ProcessorReferences;

/**
 * What the test processor does with a test card (docs/api.md §5). Its name is the payment method's processor reference,
 * so a stored payment method says how it behaves without holding the card number.
 */
enum TestCardBehaviour {
    APPROVE(false, false, null),
    GENERIC_DECLINE(false, false, CardErrors.declined("generic_decline", "Your card was declined.")),
    INSUFFICIENT_FUNDS(false, false, CardErrors.declined("insufficient_funds", "Your card has insufficient funds.")),
    LOST_CARD(false, false, CardErrors.declined("lost_card", "Your card was declined.")),
    STOLEN_CARD(false, false, CardErrors.declined("stolen_card", "Your card was declined.")),
    EXPIRED_CARD(false, false, new PaymentError(PaymentErrorCode.EXPIRED_CARD, "expired_card",
            "Your card has expired.", "exp_month")),
    INCORRECT_CVC(false, false, new PaymentError(PaymentErrorCode.INCORRECT_CVC, "incorrect_cvc",
            "Your card's security code is incorrect.", "cvc")),
    PROCESSING_ERROR(false, false, new PaymentError(PaymentErrorCode.PROCESSING_ERROR, "processing_error",
            "An error occurred while processing your card. Try again in a little bit.", null)),
    VELOCITY_LIMIT(false, false, CardErrors.declined("card_velocity_exceeded",
            "Your card was declined for making repeated attempts too frequently or exceeding its amount limit.")),
    CUSTOMER_FAIL(false, false, CardErrors.declined("generic_decline", "Your card was declined.")),
    FRAUDULENT(false, false, CardErrors.declined("fraudulent", "Your card was declined.")),
    AUTHENTICATE_ON_SETUP(true, false, null),
    AUTHENTICATE_ALWAYS(true, false, null),
    AUTHENTICATE_3DS2(true, false, null),
    AUTHENTICATE_THEN_INSUFFICIENT_FUNDS(true, false, INSUFFICIENT_FUNDS.decline),
    PROCESSING_SUCCEEDS(false, true, null),
    PROCESSING_FAILS(false, true, GENERIC_DECLINE.decline),
    // The charge succeeds; its refunds stay pending, then fail (expired_or_canceled_card).
    REFUND_FAILS(false, false, null),
    // Simulated terminals (docs/api.md §19.3): they answer after their delay, or give up after their timeout.
    DEVICE_APPROVES(false, true, null),
    DEVICE_DECLINES(false, true, GENERIC_DECLINE.decline),
    DEVICE_TIMES_OUT(false, true, new PaymentError(PaymentErrorCode.TERMINAL_READER_TIMEOUT, null,
            "The reader timed out waiting for a card to be presented.", null));

    private static final String REFERENCE_PREFIX = "test:";

    private final boolean requiresAuthentication;
    private final boolean asynchronous;
    private final PaymentError decline;

    TestCardBehaviour(boolean requiresAuthentication, boolean asynchronous, PaymentError decline) {
        this.requiresAuthentication = requiresAuthentication;
        this.asynchronous = asynchronous;
        this.decline = decline;
    }

    boolean requiresAuthentication() {
        return requiresAuthentication;
    }

    boolean asynchronous() {
        return asynchronous;
    }

    /** The error the charge (or, for asynchronous cards, the settlement) ends with; null when it is approved. */
    PaymentError decline() {
        return decline;
    }

    /** A simulated terminal rather than a card number. */
    boolean device() {
        return name().startsWith("DEVICE_");
    }

    String processorReference() {
        return REFERENCE_PREFIX + name();
    }

    /** A reference this processor did not issue is treated as a card the network cannot process. */
    static TestCardBehaviour fromReference(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return PROCESSING_ERROR;
        }
        try {
            return valueOf(ProcessorReferences.card(reference).substring(REFERENCE_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return PROCESSING_ERROR;
        }
    }
}
