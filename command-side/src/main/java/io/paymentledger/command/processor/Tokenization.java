package io.paymentledger.command.processor;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

/** The result of turning card data into a payment method. */
public sealed interface Tokenization {

    record Tokenized(PaymentMethod paymentMethod) implements Tokenization {
    }

    /**
     * The card data was refused: a card error (a failed attempt when confirming) or an invalid request such as an
     * unknown token.
     */
    record Rejected(PaymentError error) implements Tokenization {
    }
}
