package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

/** The error of the latest failed attempt, with the charge and the payment method that failed. */
public record LastPaymentError(PaymentError error, String chargeId, PaymentMethod paymentMethod) {
}
