package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

/**
 * The error of the latest failed attempt, with the charge and the payment method that failed, and the terminal it
 * was presented on ({@code device}, docs/api.md §19.3; null otherwise and in events stored before it existed).
 */
public record LastPaymentError(PaymentError error, String chargeId, PaymentMethod paymentMethod, String device) {
}
