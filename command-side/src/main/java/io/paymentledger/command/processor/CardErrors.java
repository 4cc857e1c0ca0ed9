package io.paymentledger.command.processor;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;

/** The card errors of an authorization (docs/api.md §5.1) with Stripe's example messages; the gateway's vault has those of card data. */
public final class CardErrors {

    private CardErrors() {
    }

    public static PaymentError authenticationRequired() {
        return new PaymentError(PaymentErrorCode.AUTHENTICATION_REQUIRED, "authentication_required",
                "Your card was declined. This transaction requires authentication.", null);
    }

    /** The customer failed 3-D Secure; a new payment method may be tried. */
    public static PaymentError authenticationFailed() {
        return new PaymentError(PaymentErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE, null,
                "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new"
                        + " PaymentMethod to attempt to fulfill this PaymentIntent again.", null);
    }

    public static PaymentError declined(String declineCode, String message) {
        return new PaymentError(PaymentErrorCode.CARD_DECLINED, declineCode, message, null);
    }
}
