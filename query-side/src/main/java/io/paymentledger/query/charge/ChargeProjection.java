package io.paymentledger.query.charge;

import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundUpdated;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the charge and refund tables in step with the PaymentIntent events. Every event of an intent is applied
 * once: the intent's charge_intent row holds the sequence number of its latest applied event, and a redelivered
 * event (not above it) changes nothing. Times come from the events, so a replay writes the same rows.
 */
@Component
@ProcessingGroup(ChargeProjection.PROCESSING_GROUP)
public class ChargeProjection {

    public static final String PROCESSING_GROUP = "charges";

    private final ChargeRows rows;

    ChargeProjection(ChargeRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PaymentIntentEvent event, @Timestamp Instant timestamp, @SequenceNumber long sequence) {
        Instant at = timestamp.truncatedTo(ChronoUnit.MICROS);
        if (event instanceof PaymentIntentCreated created) {
            if (rows.intent(created.paymentIntentId()).isEmpty()) {
                rows.saveIntent(new ChargeIntent(created.paymentIntentId(), created.accountId(), created.amount(),
                        created.currency(), null, null, sequence), false);
            }
            return;
        }
        rows.intent(event.paymentIntentId()).filter(intent -> intent.version() < sequence).ifPresent(intent ->
                rows.saveIntent(apply(intent, event, at, sequence).withVersion(sequence), true));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    /** Writes what {@code event} changes in the charge and refund rows; answers the intent's new fields. */
    private ChargeIntent apply(ChargeIntent intent, PaymentIntentEvent event, Instant at, long sequence) {
        if (event instanceof PaymentIntentUpdated updated) {
            return new ChargeIntent(intent.paymentIntentId(), intent.accountId(), updated.amount(), updated.currency(),
                    intent.paymentMethodId(), intent.card(), intent.version());
        } else if (event instanceof PaymentMethodAttached attached) {
            return withPaymentMethod(intent, attached.paymentMethod());
        } else if (event instanceof PaymentMethodDetached) {
            return withPaymentMethod(intent, null);
        } else if (event instanceof PaymentIntentProcessing processing) {
            rows.saveCharge(charge(intent, processing.chargeId(), processing.amount(), 0, "pending", at));
        } else if (event instanceof PaymentIntentAmountCapturableUpdated authorized) {
            rows.saveCharge(charge(intent, authorized.chargeId(), intent.amount(), 0, "succeeded", at));
        } else if (event instanceof PaymentIntentSucceeded succeeded) {
            rows.saveCharge(charge(intent, succeeded.chargeId(), intent.amount(), succeeded.amountReceived(),
                    "succeeded", at));
        } else if (event instanceof PaymentIntentPaymentFailed failed) {
            failed(intent, failed, at);
            return withPaymentMethod(intent, null);
        } else if (event instanceof PaymentIntentCanceled canceled && canceled.amountReleased() > 0) {
            // The authorization released: Stripe shows the uncaptured charge refunded (docs/api.md §15.6).
            rows.authorizedCharge(intent.paymentIntentId())
                    .ifPresent(chargeId -> rows.addRefunded(chargeId, canceled.amountReleased()));
        } else if (event instanceof RefundCreated || event instanceof RefundFailed
                || event instanceof RefundUpdated) {
            refund(intent, event, at, sequence);
        }
        return intent;
    }

    private void refund(ChargeIntent intent, PaymentIntentEvent event, Instant at, long sequence) {
        String refundId = RefundState.refundId(event).orElseThrow();
        Optional<RefundView> before = rows.refund(intent.accountId(), refundId);
        RefundView after = RefundState.apply(before.orElse(null), event, at, sequence);
        if (after == null) {
            return;
        }
        if (before.isEmpty()) {
            rows.insertRefund(after);
            rows.addRefunded(after.chargeId(), after.amount());
        } else {
            rows.updateRefund(after);
            if (event instanceof RefundFailed) {
                rows.addRefunded(after.chargeId(), -after.amount());
            }
        }
    }

    private void failed(ChargeIntent intent, PaymentIntentPaymentFailed event, Instant at) {
        if (event.chargeId() == null) {
            return;
        }
        LastPaymentError error = event.lastPaymentError();
        PaymentMethod method = error == null ? null : error.paymentMethod();
        String code = error == null || error.error().code() == null ? null : error.error().code().wireName();
        rows.saveCharge(new ChargeDetailView(event.chargeId(), intent.accountId(), intent.paymentIntentId(),
                intent.amount(), 0, 0, false, intent.currency(), "failed", code,
                error == null ? null : error.error().message(), error == null ? null : error.error().declineCode(),
                method == null ? intent.paymentMethodId() : method.id(),
                method == null ? intent.card() : method.card(), at, 0, List.of(), null));
    }

    private static ChargeDetailView charge(ChargeIntent intent, String chargeId, long amount, long amountCaptured,
                                           String status, Instant at) {
        return new ChargeDetailView(chargeId, intent.accountId(), intent.paymentIntentId(), amount, amountCaptured, 0,
                amountCaptured > 0, intent.currency(), status, null, null, null, intent.paymentMethodId(),
                intent.card(), at, 0, List.of(), null);
    }

    private static ChargeIntent withPaymentMethod(ChargeIntent intent, PaymentMethod method) {
        return new ChargeIntent(intent.paymentIntentId(), intent.accountId(), intent.amount(), intent.currency(),
                method == null ? null : method.id(), method == null ? null : method.card(), intent.version());
    }
}
