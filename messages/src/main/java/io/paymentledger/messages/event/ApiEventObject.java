package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;

/**
 * An API event's {@code data.object} (or its state before the change): the intent, a charge, a refund or a
 * transfer; exactly one is set, the one the event type's {@link Kind} names.
 */
public record ApiEventObject(PaymentIntentView intent, ChargeDetailView charge, RefundView refund,
                             TransferView transfer) {

    /** The kind of object an event type carries. */
    public enum Kind {
        PAYMENT_INTENT, CHARGE, REFUND, TRANSFER
    }

    public static ApiEventObject of(PaymentIntentView intent) {
        return intent == null ? null : new ApiEventObject(intent, null, null, null);
    }

    public static ApiEventObject of(ChargeDetailView charge) {
        return charge == null ? null : new ApiEventObject(null, charge, null, null);
    }

    public static ApiEventObject of(RefundView refund) {
        return refund == null ? null : new ApiEventObject(null, null, refund, null);
    }

    public static ApiEventObject of(TransferView transfer) {
        return transfer == null ? null : new ApiEventObject(null, null, null, transfer);
    }
}
