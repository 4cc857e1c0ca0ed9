package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;

/**
 * A refused command: nothing was applied. {@code paymentIntentId} and {@code version} name the existing intent whose
 * current state the error response shows; both are null when the intent must stay invisible (missing, another
 * account's) or was never created.
 */
public class PaymentRejectedException extends RuntimeException {

    private final transient PaymentError error;
    private final String paymentIntentId;
    private final Long version;

    public PaymentRejectedException(PaymentError error) {
        this(error, null, null);
    }

    public PaymentRejectedException(PaymentErrorCode code, String message, String param) {
        this(new PaymentError(code, null, message, param));
    }

    private PaymentRejectedException(PaymentError error, String paymentIntentId, Long version) {
        // A business refusal, not a bug: the stack trace would only cost time.
        super(error.message(), null, false, false);
        this.error = error;
        this.paymentIntentId = paymentIntentId;
        this.version = version;
    }

    public static PaymentRejectedException noSuchPaymentIntent(String paymentIntentId) {
        return new PaymentRejectedException(PaymentErrorCode.RESOURCE_MISSING,
                "No such payment_intent: '" + paymentIntentId + "'", "intent");
    }

    public static PaymentRejectedException unexpectedState(String message) {
        return new PaymentRejectedException(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, message, null);
    }

    public static PaymentRejectedException missingPaymentMethodToConfirm() {
        return new PaymentRejectedException(PaymentErrorCode.PARAMETER_MISSING,
                "You must provide a payment_method when confirm=true.", "payment_method");
    }

    /** The same refusal, naming the intent it concerns; an unknown intent stays unnamed. */
    PaymentRejectedException concerning(String paymentIntentId, Long version) {
        if (paymentIntentId == null || this.paymentIntentId != null || hidesIntent()) {
            return this;
        }
        return new PaymentRejectedException(error, paymentIntentId, version);
    }

    private boolean hidesIntent() {
        return error.code() == PaymentErrorCode.RESOURCE_MISSING && "intent".equals(error.param());
    }

    public PaymentError error() {
        return error;
    }

    public PaymentRejection toRejection() {
        return new PaymentRejection(error, paymentIntentId, version);
    }
}
