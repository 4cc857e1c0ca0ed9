package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;

/** The card errors of card data (docs/api.md §5.1) with Stripe's example messages. */
final class CardErrors {

    private CardErrors() {
    }

    static PaymentError incorrectNumber() {
        return new PaymentError(PaymentErrorCode.INCORRECT_NUMBER, null, "Your card number is incorrect.", "number");
    }

    static PaymentError invalidExpiryMonth() {
        return new PaymentError(PaymentErrorCode.INVALID_EXPIRY_MONTH, null,
                "Your card's expiration month is invalid.", "exp_month");
    }

    static PaymentError invalidExpiryYear() {
        return new PaymentError(PaymentErrorCode.INVALID_EXPIRY_YEAR, null,
                "Your card's expiration year is invalid.", "exp_year");
    }

    static PaymentError invalidCvc() {
        return new PaymentError(PaymentErrorCode.INVALID_CVC, null, "Your card's security code is invalid.", "cvc");
    }
}
