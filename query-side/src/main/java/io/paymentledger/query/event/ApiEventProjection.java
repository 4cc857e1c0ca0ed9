package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventObject;
import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.charge.RefundState;
import io.paymentledger.query.paymentintent.PaymentIntentState;
import io.paymentledger.query.transfer.TransferObjects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Derives the Stripe events of docs/api.md §9.2 from the PaymentIntent domain events: up to three per domain event
 * ({@link ApiEventType#of}), about the intent, its charge or a refund. It folds each intent itself with
 * {@link PaymentIntentState} (the view projection's own rules) and each refund with {@link RefundState}, so that
 * {@code data.object} is the object right after the event and never depends on another projection's progress; a
 * charge is the intent's latest charge ({@link ChargeDetailView#latestOf}), as the charges read model holds it.
 * Event ids come from the domain event ids and the place among its API events, positions from the global index
 * times {@link #POSITIONS_PER_EVENT} plus that place, so a replay rebuilds identical rows; a redelivered event
 * (sequence not above the fold's version) changes nothing.
 */
@Component
@ProcessingGroup(ApiEventProjection.PROCESSING_GROUP)
public class ApiEventProjection {

    public static final String PROCESSING_GROUP = "api-events";
    /** Room for the API events of one domain event in the position order (V191 scaled older rows). */
    static final long POSITIONS_PER_EVENT = 8;

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
        PaymentIntentView previous = intents.find(intentId).orElse(null);
        long sequence = domainEvent.getSequenceNumber();
        if (previous != null && previous.version() >= sequence) {
            return;
        }
        PaymentIntentView next = PaymentIntentState.apply(previous, payload, message.getTimestamp(), sequence);
        if (next == null) {
            return;
        }
        intents.save(intentId, next);
        Optional<RefundView> refundBefore = RefundState.refundId(payload).flatMap(rows::refund);
        RefundView refundAfter = RefundState.apply(refundBefore.orElse(null), payload, message.getTimestamp(),
                sequence);
        if (refundAfter != null) {
            rows.saveRefund(refundAfter, refundBefore.isPresent());
        }
        boolean authorized = previous != null && previous.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
        List<ApiEventType> types = ApiEventType.of(payload, authorized);
        long position = token == null ? 0 : token.position().orElse(0) * POSITIONS_PER_EVENT;
        for (int index = 0; index < types.size(); index++) {
            ApiEventType type = types.get(index);
            String eventId = ApiEventType.eventId(message.getIdentifier(), index);
            if (rows.exists(eventId)) {
                continue;
            }
            ApiEventObject object = switch (type.object()) {
                case PAYMENT_INTENT -> ApiEventObject.of(next);
                case CHARGE -> ApiEventObject.of(ChargeDetailView.latestOf(next));
                case REFUND -> ApiEventObject.of(refundAfter);
                case TRANSFER -> ApiEventObject.of(TransferObjects.after(payload, message.getTimestamp()));
            };
            if (object == null) {
                continue;
            }
            ApiEventObject before = switch (type.object()) {
                case PAYMENT_INTENT -> ApiEventObject.of(previous);
                case CHARGE -> ApiEventObject.of(sameCharge(ChargeDetailView.latestOf(previous), object.charge()));
                case REFUND -> ApiEventObject.of(refundBefore.orElse(null));
                case TRANSFER -> ApiEventObject.of(TransferObjects.before(payload));
            };
            rows.insert(new ApiEventView(eventId, next.accountId(), type.wireName(), message.getTimestamp(),
                    position + index, intentId, object, before, metadata(message, AuditMetadata.REQUEST_ID),
                    metadata(message, AuditMetadata.IDEMPOTENCY_KEY)), next);
        }
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    /** The charge before the event when it is the same charge, else null (a new charge has no previous state). */
    private static ChargeDetailView sameCharge(ChargeDetailView before, ChargeDetailView after) {
        return before != null && after != null && before.id().equals(after.id()) ? before : null;
    }

    private static String metadata(EventMessage<?> message, AuditMetadata key) {
        Object value = message.getMetaData().get(key.key());
        return value == null ? null : value.toString();
    }
}
