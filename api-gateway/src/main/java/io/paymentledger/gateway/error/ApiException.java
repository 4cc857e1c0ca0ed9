package io.paymentledger.gateway.error;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * An error the gateway itself detects (authentication, unknown URL, body limits, idempotency, a missing intent);
 * {@link StripeErrorAdvice} renders it like any other {@link PaymentError}.
 */
public class ApiException extends RuntimeException {

    private final transient PaymentError error;

    public ApiException(PaymentError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ApiException(PaymentErrorCode code, String message, String param) {
        this(new PaymentError(code, null, message, param));
    }

    public PaymentError error() {
        return error;
    }

    public static ApiException noSuchPaymentIntent(String id) {
        return new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such payment_intent: '" + id + "'", "intent");
    }

    public static ApiException unrecognizedUrl(String method, String path) {
        return new ApiException(PaymentErrorCode.UNRECOGNIZED_URL,
                "Unrecognized request URL (" + method + ": " + path + "). This ledger's API is described by its "
                        + "OpenAPI document at /v3/api-docs and at /swagger-ui.html.", null);
    }
}
