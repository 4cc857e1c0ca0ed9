package io.paymentledger.query.charge;

import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentintent.RefundUpdated;
import io.paymentledger.messages.refund.RefundView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one definition of how a refund event changes a refund: used by the charges read model and by the events
 * projection, so that a refund and its events agree. Pure; time comes from the event.
 */
public final class RefundState {

    private RefundState() {
    }

    /** The refund an event is about, or empty for events that are not about one refund. */
    public static Optional<String> refundId(Object event) {
        if (event instanceof RefundCreated created) {
            return Optional.of(created.refundId());
        } else if (event instanceof RefundFailed failed) {
            return Optional.of(failed.refundId());
        } else if (event instanceof RefundUpdated updated) {
            return Optional.of(updated.refundId());
        }
        return Optional.empty();
    }

    /**
     * The refund after {@code event}; {@code previous} is null before its creation. Null when the event changes
     * no refund (or names one never created).
     */
    public static RefundView apply(RefundView previous, Object event, Instant timestamp, long sequence) {
        if (event instanceof RefundCreated refund) {
            return new RefundView(refund.refundId(), refund.accountId(), refund.paymentIntentId(), refund.chargeId(),
                    refund.amount(), refund.currency(), refund.reason(), refund.status(), null, refund.metadata(),
                    timestamp.truncatedTo(ChronoUnit.MICROS), sequence);
        }
        if (previous == null) {
            return null;
        }
        if (event instanceof RefundFailed failed) {
            return new RefundView(previous.id(), previous.accountId(), previous.paymentIntentId(),
                    previous.chargeId(), previous.amount(), previous.currency(), previous.reason(),
                    RefundStatus.FAILED, failed.failureReason(), previous.metadata(), previous.created(), sequence);
        } else if (event instanceof RefundUpdated updated) {
            return new RefundView(previous.id(), previous.accountId(), previous.paymentIntentId(),
                    previous.chargeId(), previous.amount(), previous.currency(), previous.reason(), previous.status(),
                    previous.failureReason(), updated.metadata(), previous.created(), sequence);
        }
        return null;
    }
}
