package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventPage;
import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authenticated;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.requiresAction;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The api-events projection: which domain events become API events (docs/api.md §9.2), with what, and idempotently. */
@QuerySideTest
class ApiEventProjectionTest {

    private final String account = anyAccountId();
    private final String id = anyIntentId();
    private long position;

    @Autowired
    ApiEventProjection projection;
    @Autowired
    ApiEventQueryHandlers queries;

    @Test
    void emitsOneEventPerStateChangeAndNoneForAttachmentsOrAuthentication() {
        feed(0, created(id, account, 2_000, "usd"), Map.of(AuditMetadata.REQUEST_ID.key(), "req_a",
                AuditMetadata.IDEMPOTENCY_KEY.key(), "k1"));
        feed(1, attached(id, account), Map.of());
        feed(2, requiresAction(id, account), Map.of());
        feed(3, authenticated(id, account), Map.of());
        feed(4, authorized(id, account, 2_000), Map.of());
        feed(5, succeeded(id, account, 2_000, 0), Map.of());

        List<ApiEventView> events = list(account, List.of());
        assertThat(events).extracting(ApiEventView::type).containsExactly("payment_intent.succeeded",
                "payment_intent.amount_capturable_updated", "payment_intent.requires_action",
                "payment_intent.created");
        ApiEventView creation = events.get(3);
        assertThat(creation.requestId()).isEqualTo("req_a");
        assertThat(creation.idempotencyKey()).isEqualTo("k1");
        assertThat(creation.previous()).isNull();
        assertThat(creation.intent().status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        ApiEventView success = events.get(0);
        assertThat(success.intent().status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(success.previous().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(success.requestId()).isNull();
    }

    @Test
    void derivesTheIdFromTheDomainEventAndIgnoresARedelivery() {
        String domainEventId = UUID.randomUUID().toString();
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("PaymentIntent", id, 0, created(id,
                account, 500, "eur"), MetaData.emptyInstance(), domainEventId, T0);
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(++position));
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(++position));

        String eventId = ApiEventType.eventId(domainEventId);
        assertThat(eventId).matches("evt_[0-9a-f]{24}");
        assertThat(list(account, List.of())).extracting(ApiEventView::id).containsExactly(eventId);
        assertThat(queries.handle(new FindApiEvent(account, eventId))).isPresent();
        assertThat(queries.handle(new FindApiEvent(anyAccountId(), eventId))).isEmpty();
    }

    @Test
    void filtersByTypeAndPagesWithCursors() {
        feed(0, created(id, account, 2_000, "usd"), Map.of());
        feed(1, attached(id, account), Map.of());
        feed(2, authorized(id, account, 2_000), Map.of());
        feed(3, succeeded(id, account, 2_000, 0), Map.of());

        assertThat(list(account, List.of("payment_intent.created"))).hasSize(1);
        ApiEventPage first = queries.handle(new ListApiEvents(account, List.of(), null, 2, null, null));
        assertThat(first.hasMore()).isTrue();
        ApiEventPage second = queries.handle(new ListApiEvents(account, List.of(), null, 2, first.data().get(1).id(),
                null));
        assertThat(second.hasMore()).isFalse();
        assertThat(second.data()).extracting(ApiEventView::type).containsExactly("payment_intent.created");
        ApiEventPage back = queries.handle(new ListApiEvents(account, List.of(), null, 2, null,
                second.data().get(0).id()));
        assertThat(back.data()).isEqualTo(first.data());
    }

    private void feed(long sequence, Object payload, Map<String, ?> metadata) {
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("PaymentIntent", id, sequence,
                payload, MetaData.from(metadata), UUID.randomUUID().toString(), T0.plusSeconds(sequence));
        projection.on(payload, message, new GlobalSequenceTrackingToken(++position));
    }

    private List<ApiEventView> list(String accountId, List<String> types) {
        return queries.handle(new ListApiEvents(accountId, types, null, 100, null, null)).data();
    }
}
