package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.Optional;

/** Where the vault keeps the tokenized payment methods of each account (never a number or CVC). */
public interface PaymentMethodStore {

    /** Keeps {@code paymentMethod} unless the account already has it. */
    void keep(String accountId, PaymentMethod paymentMethod);

    Optional<PaymentMethod> find(String accountId, String paymentMethodId);
}
