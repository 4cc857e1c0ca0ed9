package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.axon.BatchRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps payment_intent_view in step with the PaymentIntent events through {@link PaymentIntentState}.
 * Redelivered events (sequence number not above the row's version) are skipped, so handling is idempotent. Rows
 * are read and written once per batch of events ({@link BatchRows}); updates reach subscription queries after
 * the batch commits.
 */
@Component
@ProcessingGroup(PaymentIntentProjection.PROCESSING_GROUP)
public class PaymentIntentProjection {

    public static final String PROCESSING_GROUP = "payment-intent-view";

    private final PaymentIntentRows rows;
    private final BatchRows<PositionedView> views;
    private final QueryUpdateEmitter updates;

    PaymentIntentProjection(PaymentIntentRows rows, QueryUpdateEmitter updates) {
        this.rows = rows;
        this.views = new BatchRows<>(PROCESSING_GROUP, rows.batchStore());
        this.updates = updates;
    }

    @EventHandler
    void on(PaymentIntentCreated event, @Timestamp Instant at, @SequenceNumber long sequence, TrackingToken token) {
        if (views.find(event.paymentIntentId()).isPresent()) {
            return;
        }
        PaymentIntentView view = PaymentIntentState.apply(null, event, at, sequence);
        // The global position orders intents created within one second; it is the same after a replay.
        long position = token == null ? 0 : token.position().orElse(0);
        views.save(view.id(), new PositionedView(view, new IntentPosition(view.created().getEpochSecond(), position)));
        publish(view);
    }

    /** Every event after creation; Axon routes {@link PaymentIntentCreated} to the more specific handler above. */
    @EventHandler
    void on(PaymentIntentEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        views.find(event.paymentIntentId())
             .filter(previous -> previous.view().version() < sequence)
             .ifPresent(previous -> {
                 PaymentIntentView next = PaymentIntentState.apply(previous.view(), event, at, sequence);
                 views.save(next.id(), new PositionedView(next, previous.position()));
                 publish(next);
             });
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    /** A replay rebuilds history: no one waits for those updates, so they are not offered to subscriptions. */
    private void publish(PaymentIntentView view) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?> event
                && ReplayToken.isReplay(event)) {
            return;
        }
        updates.emit(FindPaymentIntent.class,
                query -> query.paymentIntentId().equals(view.id()) && query.accountId().equals(view.accountId()),
                view);
    }
}
