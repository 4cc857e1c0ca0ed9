package io.paymentledger.gateway.webhook;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The outbox side of webhooks: the event store is the outbox, and this streaming processor turns each domain event
 * that has API events ({@link ApiEventType#of}) into one pending delivery per API event and subscribed endpoint, in
 * the processor's own transaction (the rows and its token commit together). Endpoints only get events from after their creation, so a processor that
 * starts from the beginning of the store sends nothing old; a redelivered event adds nothing.
 */
@Component
@ProcessingGroup(WebhookDispatcher.PROCESSING_GROUP)
class WebhookDispatcher {

    static final String PROCESSING_GROUP = "webhook-dispatch";

    private final WebhookEndpointRows endpoints;
    private final DeliveryRows deliveries;
    private final Clock clock = Clock.systemUTC();

    WebhookDispatcher(WebhookEndpointRows endpoints, DeliveryRows deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        if (payload instanceof PaymentIntentCreated created) {
            deliveries.rememberIntent(created.paymentIntentId(), created.accountId());
        }
        String intentId = domainEvent.getAggregateIdentifier();
        Optional<String> account = deliveries.accountOf(intentId);
        if (account.isEmpty()) {
            return;
        }
        List<ApiEventType> types = ApiEventType.of(payload, deliveries.authorized(intentId));
        rememberAuthorization(intentId, payload);
        long now = clock.millis();
        for (int index = 0; index < types.size(); index++) {
            String eventId = ApiEventType.eventId(message.getIdentifier(), index);
            for (WebhookEndpoint endpoint : endpoints.subscribed(account.get(), types.get(index).wireName(),
                    message.getTimestamp().toEpochMilli())) {
                deliveries.add(endpoint.id(), account.get(), eventId, intentId, domainEvent.getSequenceNumber(), now);
            }
        }
    }

    /** An authorization is held from its authorization until its capture, cancelation or a failed attempt. */
    private void rememberAuthorization(String intentId, Object payload) {
        if (payload instanceof PaymentIntentAmountCapturableUpdated) {
            deliveries.authorized(intentId, true);
        } else if (payload instanceof PaymentIntentSucceeded || payload instanceof PaymentIntentCanceled
                || payload instanceof PaymentIntentPaymentFailed) {
            deliveries.authorized(intentId, false);
        }
    }
}
