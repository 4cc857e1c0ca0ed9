package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentAuthenticated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps payment_intent_view in step with the PaymentIntent events through {@link PaymentIntentState}.
 * Redelivered events (sequence number not above the row's version) are skipped, so handling is idempotent.
 */
@Component
@ProcessingGroup(PaymentIntentProjection.PROCESSING_GROUP)
public class PaymentIntentProjection {

    public static final String PROCESSING_GROUP = "payment-intent-view";

    private final PaymentIntentRows rows;
    private final QueryUpdateEmitter updates;

    PaymentIntentProjection(PaymentIntentRows rows, QueryUpdateEmitter updates) {
        this.rows = rows;
        this.updates = updates;
    }

    @EventHandler
    void on(PaymentIntentCreated event, @Timestamp Instant at, @SequenceNumber long sequence, TrackingToken token) {
        if (rows.find(event.paymentIntentId()).isPresent()) {
            return;
        }
        PaymentIntentView view = PaymentIntentState.apply(null, event, at, sequence);
        // The global position orders intents created within one second; it is the same after a replay.
        rows.insert(view, token == null ? 0 : token.position().orElse(0));
        publish(view);
    }

    @EventHandler
    void on(PaymentIntentUpdated event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentMethodAttached event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentMethodDetached event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentRequiresAction event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentAuthenticated event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentProcessing event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentAmountCapturableUpdated event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentSucceeded event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentPaymentFailed event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @EventHandler
    void on(PaymentIntentCanceled event, @Timestamp Instant at, @SequenceNumber long sequence) {
        project(event.paymentIntentId(), event, at, sequence);
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    private void project(String paymentIntentId, Object event, Instant at, long sequence) {
        rows.find(paymentIntentId)
            .filter(previous -> previous.version() < sequence)
            .map(previous -> PaymentIntentState.apply(previous, event, at, sequence))
            .ifPresent(next -> {
                rows.update(next);
                publish(next);
            });
    }

    private void publish(PaymentIntentView view) {
        updates.emit(FindPaymentIntent.class,
                query -> query.paymentIntentId().equals(view.id()) && query.accountId().equals(view.accountId()),
                view);
    }
}
