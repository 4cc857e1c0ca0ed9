package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentAuthenticated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one definition of how a PaymentIntent event changes the view: used by the projection and by the
 * point-in-time reconstruction, so that both agree. Pure: no I/O and no clock; time comes from the event.
 */
public final class PaymentIntentState {

    private PaymentIntentState() {
    }

    /**
     * The view after {@code event}; {@code previous} is null before the creation event. Times are cut to
     * microseconds, the precision of the read model's TIMESTAMP columns, so a stored view equals a folded one.
     */
    public static PaymentIntentView apply(PaymentIntentView previous, Object event, Instant timestamp,
                                          long sequenceNumber) {
        Instant at = timestamp.truncatedTo(ChronoUnit.MICROS);
        if (event instanceof PaymentIntentCreated created) {
            return created(created, at, sequenceNumber);
        }
        if (previous == null) {
            return null;
        }
        PaymentIntentDraft draft = PaymentIntentDraft.of(previous);
        draft.version = sequenceNumber;
        draft.status = statusAfter(previous.status(), event);
        change(draft, event, at);
        return draft.toView();
    }

    /** The status an intent has after {@code event}; the balances model counts statuses with it too. */
    public static PaymentIntentStatus statusAfter(PaymentIntentStatus previous, Object event) {
        if (event instanceof PaymentIntentCreated || event instanceof PaymentMethodDetached
                || event instanceof PaymentIntentPaymentFailed) {
            return PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
        }
        if (event instanceof PaymentIntentUpdated updated) {
            return updated.status();
        }
        if (event instanceof PaymentMethodAttached || event instanceof PaymentIntentAuthenticated) {
            return PaymentIntentStatus.REQUIRES_CONFIRMATION;
        }
        if (event instanceof PaymentIntentRequiresAction) {
            return PaymentIntentStatus.REQUIRES_ACTION;
        }
        if (event instanceof PaymentIntentProcessing) {
            return PaymentIntentStatus.PROCESSING;
        }
        if (event instanceof PaymentIntentAmountCapturableUpdated) {
            return PaymentIntentStatus.REQUIRES_CAPTURE;
        }
        if (event instanceof PaymentIntentSucceeded) {
            return PaymentIntentStatus.SUCCEEDED;
        }
        if (event instanceof PaymentIntentCanceled) {
            return PaymentIntentStatus.CANCELED;
        }
        return previous;
    }

    private static PaymentIntentView created(PaymentIntentCreated event, Instant at, long sequenceNumber) {
        return new PaymentIntentView(event.paymentIntentId(), event.accountId(), sequenceNumber, at, event.amount(),
                event.currency(), PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0, 0, event.clientSecret(),
                event.details(), null, null, null, null, null, null);
    }

    private static void change(PaymentIntentDraft draft, Object event, Instant at) {
        if (draft.status != PaymentIntentStatus.REQUIRES_ACTION) {
            draft.nextAction = null;
        }
        if (event instanceof PaymentIntentUpdated updated) {
            draft.amount = updated.amount();
            draft.currency = updated.currency();
            draft.details = updated.details();
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentMethodAttached attached) {
            draft.paymentMethod = attached.paymentMethod();
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentMethodDetached) {
            draft.paymentMethod = null;
        } else if (event instanceof PaymentIntentRequiresAction requiresAction) {
            draft.nextAction = requiresAction.nextAction();
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentIntentProcessing processing) {
            draft.latestCharge = charge(draft, processing.chargeId(), processing.amount(), 0, "pending", at);
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentIntentAmountCapturableUpdated authorized) {
            draft.amountCapturable = authorized.amountCapturable();
            draft.latestCharge = charge(draft, authorized.chargeId(), draft.amount, 0, "succeeded", at);
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentIntentSucceeded succeeded) {
            draft.amountReceived = succeeded.amountReceived();
            draft.amountCapturable = 0;
            draft.latestCharge = charge(draft, succeeded.chargeId(), draft.amount, succeeded.amountReceived(),
                    "succeeded", at);
            draft.lastPaymentError = null;
        } else if (event instanceof PaymentIntentPaymentFailed failed) {
            failed(draft, failed, at);
        } else if (event instanceof RefundCreated refund) {
            draft.latestCharge = refunding(draft.latestCharge, refund.chargeId(), refund.amount());
        } else if (event instanceof RefundFailed failed) {
            draft.latestCharge = refunding(draft.latestCharge, failed.chargeId(), -failed.amount());
        } else if (event instanceof PaymentIntentCanceled canceled) {
            if (canceled.amountReleased() > 0 && draft.latestCharge != null) {
                // The authorization released: Stripe shows the uncaptured charge refunded (docs/api.md §15.6).
                draft.latestCharge = draft.latestCharge.refunding(canceled.amountReleased());
            }
            draft.amountCapturable = 0;
            draft.canceledAt = at;
            draft.cancellationReason = canceled.cancellationReason();
        }
    }

    private static void failed(PaymentIntentDraft draft, PaymentIntentPaymentFailed event, Instant at) {
        LastPaymentError error = event.lastPaymentError();
        if (event.chargeId() != null) {
            String paymentMethodId = error != null && error.paymentMethod() != null
                    ? error.paymentMethod().id() : draft.paymentMethodId();
            String code = error == null || error.error().code() == null ? null : error.error().code().wireName();
            draft.latestCharge = new ChargeView(event.chargeId(), draft.amount, 0, false, at, draft.currency,
                    "failed", code, error == null ? null : error.error().message(),
                    error == null ? null : error.error().declineCode(), paymentMethodId);
        }
        draft.lastPaymentError = error;
        draft.paymentMethod = null;
    }

    private static ChargeView refunding(ChargeView charge, String chargeId, long change) {
        return charge != null && charge.id().equals(chargeId) ? charge.refunding(change) : charge;
    }

    /** The charge of an attempt; a later event about the same charge keeps the time it was created. */
    private static ChargeView charge(PaymentIntentDraft draft, String chargeId, long amount, long amountCaptured,
                                     String status, Instant at) {
        ChargeView previous = draft.latestCharge;
        Instant created = previous != null && previous.id().equals(chargeId) ? previous.created() : at;
        return new ChargeView(chargeId, amount, amountCaptured, amountCaptured > 0, created, draft.currency, status,
                null, null, null, draft.paymentMethodId());
    }
}
