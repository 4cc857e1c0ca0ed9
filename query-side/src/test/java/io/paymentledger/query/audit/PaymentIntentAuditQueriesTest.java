package io.paymentledger.query.audit;

import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntentAsOf;
import io.paymentledger.messages.paymentintent.FindPaymentIntentHistory;
import io.paymentledger.messages.paymentintent.HistoryEntry;
import io.paymentledger.messages.paymentintent.PaymentIntentHistory;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

@QuerySideTest
class PaymentIntentAuditQueriesTest {

    private final String account = anyAccountId();
    private final String id = anyIntentId();

    @Autowired
    EventStore eventStore;
    @Autowired
    PaymentIntentAuditQueries audit;
    @Autowired
    QueryGateway queryGateway;

    @BeforeEach
    void storedEvents() {
        publish(0, created(id, account, 2_000, "usd"), T0);
        publish(1, attached(id, account), T0.plusSeconds(10));
        publish(2, authorized(id, account, 2_000), T0.plusSeconds(20));
        publish(3, succeeded(id, account, 1_500, 500), T0.plusSeconds(30));
    }

    @Test
    void historyListsTheStoredEventsInOrderWithPayloadAndRecordedMetadata() {
        PaymentIntentHistory history = audit.handle(new FindPaymentIntentHistory(account, id, null, 100)).orElseThrow();

        assertThat(history.events()).extracting(HistoryEntry::eventType).containsExactly("PaymentIntentCreated",
                "PaymentMethodAttached", "PaymentIntentAmountCapturableUpdated", "PaymentIntentSucceeded");
        HistoryEntry capture = history.events().get(3);
        assertThat(capture.sequenceNumber()).isEqualTo(3);
        assertThat(capture.timestamp()).isEqualTo(T0.plusSeconds(30));
        assertThat(capture.payloadJson()).contains("\"amountReceived\":1500").contains("\"amountReleased\":500");
        assertThat(capture.metadata()).containsEntry("requestId", "req_3").containsEntry("apiKeyId", "4242")
                .containsEntry("accountId", account);
    }

    @Test
    void historyPagesWithLimitAndStartingAfter() {
        PaymentIntentHistory first = audit.handle(new FindPaymentIntentHistory(account, id, null, 2)).orElseThrow();
        assertThat(first.events()).extracting(HistoryEntry::sequenceNumber).containsExactly(0L, 1L);
        assertThat(first.hasMore()).isTrue();

        PaymentIntentHistory second = audit.handle(new FindPaymentIntentHistory(account, id, 1L, 2)).orElseThrow();
        assertThat(second.events()).extracting(HistoryEntry::sequenceNumber).containsExactly(2L, 3L);
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void historyOfAnotherAccountsIntentIsEmpty() {
        assertThat(audit.handle(new FindPaymentIntentHistory(anyAccountId(), id, null, 100))).isEmpty();
        assertThat(audit.handle(new FindPaymentIntentHistory(account, "pi_unknown", null, 100))).isEmpty();
    }

    @Test
    void asOfRebuildsTheStateFromTheEventsUpToThatInstant() {
        assertThat(asOf(T0.minusSeconds(1))).isEmpty();
        assertThat(asOf(T0).orElseThrow().status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        PaymentIntentView authorizedView = asOf(T0.plusSeconds(25)).orElseThrow();
        assertThat(authorizedView.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(authorizedView.amountCapturable()).isEqualTo(2_000);
        assertThat(authorizedView.version()).isEqualTo(2);
        assertThat(asOf(T0.plusSeconds(30)).orElseThrow().amountReceived()).isEqualTo(1_500);
    }

    @Test
    void asOfNowEqualsTheViewTheProcessorProjected() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> projected().map(PaymentIntentView::version).orElse(-1L) == 3);

        assertThat(asOf(Instant.now())).isEqualTo(projected());
    }

    @Test
    void asOfAnotherAccountsIntentIsEmpty() {
        assertThat(audit.handle(new FindPaymentIntentAsOf(anyAccountId(), id, Instant.now()))).isEmpty();
    }

    private Optional<PaymentIntentView> projected() throws Exception {
        return queryGateway.query(new FindPaymentIntent(account, id), optionalInstanceOf(PaymentIntentView.class)).get();
    }

    private Optional<PaymentIntentView> asOf(Instant instant) {
        return audit.handle(new FindPaymentIntentAsOf(account, id, instant));
    }

    private void publish(long sequence, Object payload, Instant at) {
        Map<String, String> metadata = Map.of("requestId", "req_" + sequence, "apiKeyId", "4242",
                "accountId", account, "idempotencyKey", "key-" + sequence);
        eventStore.publish(new GenericDomainEventMessage<>("PaymentIntent", id, sequence, payload, metadata,
                UUID.randomUUID().toString(), at));
    }
}
