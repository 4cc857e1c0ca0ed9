package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.paymentintent.PaymentIntentState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Derives the Stripe events of docs/api.md §9.2 from the PaymentIntent domain events. It folds each intent itself with
 * {@link PaymentIntentState} (the view projection's own rules) so that {@code data.object} is the intent right
 * after the event. Event ids come from the domain event ids and positions from the global index, so a replay
 * rebuilds identical rows; a redelivered event (sequence not above the fold's version) changes nothing.
 */
@Component
@ProcessingGroup(ApiEventProjection.PROCESSING_GROUP)
public class ApiEventProjection {

    public static final String PROCESSING_GROUP = "api-events";

    private final ApiEventRows rows;
    private final BatchRows<PaymentIntentView> intents;

    ApiEventProjection(ApiEventRows rows) {
        this.rows = rows;
        this.intents = new BatchRows<>(PROCESSING_GROUP, rows.intentStore());
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)
                || !domainEvent.getPayloadType().getPackageName().equals(PaymentIntentView.class.getPackageName())) {
            return;
        }
        String intentId = domainEvent.getAggregateIdentifier();
        Optional<PaymentIntentView> previous = intents.find(intentId);
        long sequence = domainEvent.getSequenceNumber();
        if (previous.isPresent() && previous.get().version() >= sequence) {
            return;
        }
        PaymentIntentView next = PaymentIntentState.apply(previous.orElse(null), payload, message.getTimestamp(),
                sequence);
        if (next == null) {
            return;
        }
        intents.save(intentId, next);
        Optional<ApiEventType> type = ApiEventType.of(payload);
        String eventId = ApiEventType.eventId(message.getIdentifier());
        if (type.isEmpty() || rows.exists(eventId)) {
            return;
        }
        long position = token == null ? 0 : token.position().orElse(0);
        rows.insert(new ApiEventView(eventId, next.accountId(), type.get().wireName(), message.getTimestamp(),
                position, intentId, next, previous.orElse(null),
                metadata(message, AuditMetadata.REQUEST_ID), metadata(message, AuditMetadata.IDEMPOTENCY_KEY)));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    private static String metadata(EventMessage<?> message, AuditMetadata key) {
        Object value = message.getMetaData().get(key.key());
        return value == null ? null : value.toString();
    }
}
