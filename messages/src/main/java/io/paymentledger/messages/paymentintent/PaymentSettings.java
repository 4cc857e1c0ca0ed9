package io.paymentledger.messages.paymentintent;

import java.util.List;

/**
 * How an intent is paid: capture and confirmation method, the payment method types and options, automatic payment
 * methods and future usage. In a {@link PaymentIntentPatch} a null component is left as it is.
 */
public record PaymentSettings(CaptureMethod captureMethod, ConfirmationMethod confirmationMethod,
                              List<String> paymentMethodTypes, PaymentMethodOptions paymentMethodOptions,
                              AutomaticPaymentMethods automaticPaymentMethods, SetupFutureUsage setupFutureUsage) {

    public static PaymentSettings none() {
        return new PaymentSettings(null, null, null, null, null, null);
    }
}
