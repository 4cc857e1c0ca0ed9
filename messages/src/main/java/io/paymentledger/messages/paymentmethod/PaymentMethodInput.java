package io.paymentledger.messages.paymentmethod;

import io.paymentledger.messages.error.PaymentError;

/**
 * The payment method a request names, already resolved by the gateway (docs/api.md §2.3): the tokenized
 * {@code paymentMethod}, or, when new card data was refused with a card error, that {@code cardError} (during a
 * confirmation it is a failed attempt the intent records). Card numbers and CVCs never reach a message: the
 * gateway's vault tokenizes them before anything is dispatched.
 */
public record PaymentMethodInput(PaymentMethod paymentMethod, PaymentError cardError) {

    public static PaymentMethodInput of(PaymentMethod paymentMethod) {
        return new PaymentMethodInput(paymentMethod, null);
    }

    public static PaymentMethodInput refused(PaymentError cardError) {
        return new PaymentMethodInput(null, cardError);
    }
}
