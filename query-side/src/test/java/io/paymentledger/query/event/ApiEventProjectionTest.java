package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventPage;
import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentintent.RefundUpdated;
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
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.declined;
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
    void emitsTheIntentAndChargeEventsOfEachStateChangeAndNoneForAttachmentsOrAuthentication() {
        feed(0, created(id, account, 2_000, "usd"), Map.of(AuditMetadata.REQUEST_ID.key(), "req_a",
                AuditMetadata.IDEMPOTENCY_KEY.key(), "k1"));
        feed(1, attached(id, account), Map.of());
        feed(2, requiresAction(id, account), Map.of());
        feed(3, authenticated(id, account), Map.of());
        feed(4, authorized(id, account, 2_000), Map.of());
        feed(5, succeeded(id, account, 2_000, 0), Map.of());

        List<ApiEventView> events = list(account, List.of());
        assertThat(events).extracting(ApiEventView::type).containsExactly("charge.captured",
                "payment_intent.succeeded", "charge.succeeded", "payment_intent.amount_capturable_updated",
                "payment_intent.requires_action", "payment_intent.created");
        ApiEventView creation = events.get(5);
        assertThat(creation.requestId()).isEqualTo("req_a");
        assertThat(creation.idempotencyKey()).isEqualTo("k1");
        assertThat(creation.previous()).isNull();
        assertThat(creation.object().intent().status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        ApiEventView success = events.get(1);
        assertThat(success.object().intent().status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(success.previous().intent().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(success.requestId()).isNull();
        ApiEventView capture = events.get(0);
        assertThat(capture.object().charge().captured()).isTrue();
        assertThat(capture.object().charge().amountCaptured()).isEqualTo(2_000);
        assertThat(capture.previous().charge().captured()).isFalse();
        assertThat(events.get(2).previous()).isNull();
        assertThat(events.get(2).object().charge().paymentIntentId()).isEqualTo(id);
    }

    @Test
    void anAutomaticCaptureIsChargeSucceededAndADeclineChargeFailed() {
        feed(0, created(id, account, 2_000, "usd"), Map.of());
        feed(1, declined(id, account), Map.of());
        feed(2, attached(id, account), Map.of());
        feed(3, succeeded(id, account, 2_000, 0), Map.of());

        assertThat(list(account, List.of())).extracting(ApiEventView::type).containsExactly("charge.succeeded",
                "payment_intent.succeeded", "charge.failed", "payment_intent.payment_failed",
                "payment_intent.created");
    }

    @Test
    void refundsGiveRefundAndChargeEventsWithTheirPreviousAttributes() {
        String charge = "ch_" + id.substring(3);
        feed(0, created(id, account, 2_000, "usd"), Map.of());
        feed(1, attached(id, account), Map.of());
        feed(2, succeeded(id, account, 2_000, 0), Map.of());
        feed(3, new RefundCreated(id, account, charge, "re_a", 500, "usd", RefundReason.DUPLICATE, Map.of(),
                RefundStatus.PENDING), Map.of());
        feed(4, new RefundUpdated(id, account, charge, "re_a", Map.of("k", "v")), Map.of());
        feed(5, new RefundFailed(id, account, charge, "re_a", 500, "expired_or_canceled_card"), Map.of());

        List<ApiEventView> refundEvents = list(account, List.of("refund.created", "refund.updated", "refund.failed",
                "charge.refunded", "charge.refund.updated"));
        assertThat(refundEvents).extracting(ApiEventView::type).containsExactly("charge.refund.updated",
                "refund.updated", "refund.failed", "charge.refund.updated", "refund.updated", "charge.refunded",
                "refund.created");
        ApiEventView created = refundEvents.get(6);
        assertThat(created.object().refund().status()).isEqualTo(RefundStatus.PENDING);
        assertThat(created.previous()).isNull();
        ApiEventView refunded = refundEvents.get(5);
        assertThat(refunded.object().charge().amountRefunded()).isEqualTo(500);
        assertThat(refunded.previous().charge().amountRefunded()).isZero();
        ApiEventView failed = refundEvents.get(2);
        assertThat(failed.object().refund().status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.object().refund().metadata()).containsEntry("k", "v");
        assertThat(failed.previous().refund().status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refundEvents).extracting(ApiEventView::id).doesNotHaveDuplicates();
    }

    @Test
    void cancelingAnAuthorizationRefundsTheUncapturedCharge() {
        feed(0, created(id, account, 2_000, "usd"), Map.of());
        feed(1, attached(id, account), Map.of());
        feed(2, authorized(id, account, 2_000), Map.of());
        feed(3, canceled(id, account, 2_000), Map.of());

        ApiEventView refunded = list(account, List.of("charge.refunded")).get(0);
        assertThat(refunded.object().charge().refunded()).isTrue();
        assertThat(refunded.object().charge().amountRefunded()).isEqualTo(2_000);
        assertThat(refunded.object().charge().captured()).isFalse();
        assertThat(refunded.previous().charge().refunded()).isFalse();
    }

    @Test
    void aReplayRebuildsTheSameEvents() {
        List<Object> history = List.of(created(id, account, 2_000, "usd"), attached(id, account),
                succeeded(id, account, 2_000, 0), new RefundCreated(id, account, "ch_" + id.substring(3), "re_b",
                        700, "usd", null, Map.of(), RefundStatus.SUCCEEDED));
        List<String> identifiers = history.stream().map(e -> UUID.randomUUID().toString()).toList();
        replay(history, identifiers);
        List<ApiEventView> first = list(account, List.of());
        projection.reset();
        position = 0;
        replay(history, identifiers);

        assertThat(first).hasSize(5);
        assertThat(list(account, List.of())).isEqualTo(first);
    }

    @Test
    void derivesTheIdFromTheDomainEventAndIgnoresARedelivery() {
        String domainEventId = UUID.randomUUID().toString();
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("PaymentIntent", id, 0, created(id,
                account, 500, "eur"), MetaData.emptyInstance(), domainEventId, T0);
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(++position));
        projection.on(message.getPayload(), message, new GlobalSequenceTrackingToken(++position));

        String eventId = ApiEventType.eventId(domainEventId, 0);
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
        List<String> intentTypes = List.of("payment_intent.created", "payment_intent.amount_capturable_updated",
                "payment_intent.succeeded");
        ApiEventPage first = queries.handle(new ListApiEvents(account, intentTypes, null, 2, null, null));
        assertThat(first.hasMore()).isTrue();
        ApiEventPage second = queries.handle(new ListApiEvents(account, intentTypes, null, 2,
                first.data().get(1).id(), null));
        assertThat(second.hasMore()).isFalse();
        assertThat(second.data()).extracting(ApiEventView::type).containsExactly("payment_intent.created");
        ApiEventPage back = queries.handle(new ListApiEvents(account, intentTypes, null, 2, null,
                second.data().get(0).id()));
        assertThat(back.data()).isEqualTo(first.data());
    }

    private void feed(long sequence, Object payload, Map<String, ?> metadata) {
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("PaymentIntent", id, sequence,
                payload, MetaData.from(metadata), UUID.randomUUID().toString(), T0.plusSeconds(sequence));
        projection.on(payload, message, new GlobalSequenceTrackingToken(++position));
    }

    private void replay(List<Object> history, List<String> identifiers) {
        for (int i = 0; i < history.size(); i++) {
            GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("PaymentIntent", id, i,
                    history.get(i), MetaData.emptyInstance(), identifiers.get(i), T0.plusSeconds(i));
            projection.on(history.get(i), message, new GlobalSequenceTrackingToken(++position));
        }
    }

    private List<ApiEventView> list(String accountId, List<String> types) {
        return queries.handle(new ListApiEvents(accountId, types, null, 100, null, null)).data();
    }
}
