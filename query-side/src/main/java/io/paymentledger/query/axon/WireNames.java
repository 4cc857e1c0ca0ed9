package io.paymentledger.query.axon;

import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

/** Enums from the Stripe wire names the read models store (e.g. {@code requires_capture}). */
public final class WireNames {

    private WireNames() {
    }

    public static PaymentIntentStatus status(String wireName) {
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            if (status.wireName().equals(wireName)) {
                return status;
            }
        }
        throw new IllegalStateException("Unknown status in a read model: " + wireName);
    }

    public static CancellationReason cancellationReason(String wireName) {
        for (CancellationReason reason : CancellationReason.values()) {
            if (reason.wireName().equals(wireName)) {
                return reason;
            }
        }
        return null;
    }
}
