package io.paymentledger.gateway.wire;

import io.paymentledger.messages.error.PaymentError;

/**
 * Bad input found while reading a request. {@code error().code()} decides the HTTP status; the message never
 * contains card data because only parameter names, not card values, are quoted for card fields.
 */
public class WireException extends RuntimeException {

    private final transient PaymentError error;

    public WireException(PaymentError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public PaymentError error() {
        return error;
    }
}
