package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.QuerySideTest;
import io.paymentledger.query.axon.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

@QuerySideTest
class PaymentIntentSubscriptionTest {

    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    PaymentIntentQueryHandlers queries;

    @Test
    void subscribersOfFindPaymentIntentReceiveEachNewVersionOfTheirIntentOnly() {
        String account = anyAccountId();
        String id = anyIntentId();
        SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription = subscribe(account, id);
        try {
            assertThat(subscription.initialResult().block(Duration.ofSeconds(5))).isEmpty();

            publish(id, 0, created(id, account, 2_000, "usd"));
            publish(id, 1, attached(id, account));
            String other = anyIntentId();
            publish(other, 0, created(other, account, 1_000, "usd"));

            assertThat(subscription.updates().take(2).collectList().block(Duration.ofSeconds(30)))
                    .extracting(PaymentIntentView::id, PaymentIntentView::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, PaymentIntentStatus.REQUIRES_PAYMENT_METHOD),
                            org.assertj.core.groups.Tuple.tuple(id, PaymentIntentStatus.REQUIRES_CONFIRMATION));
        } finally {
            subscription.close();
        }
    }

    @Test
    void aReplayOffersSubscribersNothingAndTheNextNewEventReachesThem() {
        String account = anyAccountId();
        String id = anyIntentId();
        SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription = subscribe(account, id);
        try {
            subscription.initialResult().block(Duration.ofSeconds(5));
            publish(id, 0, created(id, account, 2_000, "usd"));
            publish(id, 1, attached(id, account));
            StreamingEventProcessor projections = processing
                    .eventProcessor(Projections.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(30)).until(() -> versionOf(account, id) == 1);
            projections.shutDown();
            projections.resetTokens();
            projections.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> versionOf(account, id) == 1);
            publish(id, 2, canceled(id, account, 0));

            // Two updates before the replay, none during it (it rebuilt versions 0 and 1 again), then the cancel.
            assertThat(subscription.updates().take(3).collectList().block(Duration.ofSeconds(30)))
                    .extracting(PaymentIntentView::version).containsExactly(0L, 1L, 2L);
        } finally {
            subscription.close();
        }
    }

    private SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscribe(String account,
                                                                                          String id) {
        return queryGateway.subscriptionQuery(new FindPaymentIntent(account, id),
                optionalInstanceOf(PaymentIntentView.class), instanceOf(PaymentIntentView.class));
    }

    private long versionOf(String account, String id) {
        return queries.handle(new FindPaymentIntent(account, id)).map(PaymentIntentView::version).orElse(-1L);
    }

    private void publish(String id, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("PaymentIntent", id, sequence, payload, Map.of(),
                UUID.randomUUID().toString(), T0));
    }
}
