package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;

/**
 * An API event's {@code data.object} (or its state before the change): the intent, a charge or a refund; exactly
 * one is set, the one the event type's {@link Kind} names.
 */
public record ApiEventObject(PaymentIntentView intent, ChargeDetailView charge, RefundView refund) {

    /** The kind of object an event type carries. */
    public enum Kind {
        PAYMENT_INTENT, CHARGE, REFUND
    }

    public static ApiEventObject of(PaymentIntentView intent) {
        return intent == null ? null : new ApiEventObject(intent, null, null);
    }

    public static ApiEventObject of(ChargeDetailView charge) {
        return charge == null ? null : new ApiEventObject(null, charge, null);
    }

    public static ApiEventObject of(RefundView refund) {
        return refund == null ? null : new ApiEventObject(null, null, refund);
    }
}
