package io.paymentledger.ledger.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Event;
import com.stripe.model.EventCollection;
import com.stripe.model.PaymentIntent;
import com.stripe.model.WebhookEndpoint;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCreateParams;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The Events API through stripe-java: listing, filters, paging, isolation between accounts, replay. */
class EventsApiTest extends EventsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void listsNewestFirstFiltersAndPaginates() throws Exception {
        for (int i = 0; i < 3; i++) {
            PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(100L + i).setCurrency("usd").build(),
                    as(LISTING));
        }
        PaymentIntent paid = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(900L)
                .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(LISTING));
        await().atMost(WAIT).until(() -> list(EventListParams.builder().setLimit(100L)).size() == 6);

        List<Event> all = list(EventListParams.builder().setLimit(100L));
        List<String> paged = new ArrayList<>();
        Event.list(EventListParams.builder().setLimit(2L).build(), as(LISTING)).autoPagingIterable()
                .forEach(e -> paged.add(e.getId()));
        assertThat(paged).containsExactlyElementsOf(all.stream().map(Event::getId).toList()).doesNotHaveDuplicates();
        assertThat(all).extracting(Event::getCreated).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all).extracting(Event::getType).startsWith("charge.succeeded", "payment_intent.succeeded");

        assertThat(list(EventListParams.builder().setType("payment_intent.succeeded")))
                .extracting(e -> ((PaymentIntent) e.getDataObjectDeserializer().getObject().orElseThrow()).getId())
                .containsExactly(paid.getId());
        assertThat(list(EventListParams.builder().setType("payment_intent.*"))).hasSize(5);
        assertThat(list(EventListParams.builder().addType("payment_intent.created")
                .addType("payment_intent.canceled"))).hasSize(4);
        assertThat(list(EventListParams.builder().setCreated(EventListParams.Created.builder()
                .setGt(all.get(0).getCreated() + 3600).build()))).isEmpty();
        assertThat(list(EventListParams.builder().setEndingBefore(all.get(4).getId()).setLimit(2L)))
                .extracting(Event::getId).containsExactly(all.get(2).getId(), all.get(3).getId());

        Event succeeded = Event.retrieve(all.get(1).getId(), as(LISTING));
        assertThat(succeeded.getData().getPreviousAttributes()).containsKey("status");
        assertThat(succeeded.getLivemode()).isFalse();
    }

    @Test
    void keepsEndpointsAndEventsWithinTheirAccount() throws Exception {
        try (WebhookReceiver alphaReceiver = new WebhookReceiver(); WebhookReceiver betaReceiver = new WebhookReceiver()) {
            WebhookEndpoint alphaEndpoint = subscribe(alphaReceiver, ALPHA);
            subscribe(betaReceiver, BETA);
            PaymentIntent alphaIntent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(300L)
                    .setCurrency("usd").build(), as(ALPHA));
            PaymentIntent betaIntent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(400L)
                    .setCurrency("usd").build(), as(BETA));
            await().atMost(WAIT).until(() -> alphaReceiver.accepted(alphaIntent.getId()).size() == 1
                    && betaReceiver.accepted(betaIntent.getId()).size() == 1);
            String alphaEvent = alphaReceiver.accepted().get(0).getId();

            assertThat(alphaReceiver.accepted()).extracting(WebhookReceiver::intentId).containsOnly(alphaIntent.getId());
            assertThat(betaReceiver.accepted()).extracting(WebhookReceiver::intentId).containsOnly(betaIntent.getId());
            assertThatThrownBy(() -> Event.retrieve(alphaEvent, as(BETA))).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> WebhookEndpoint.retrieve(alphaEndpoint.getId(), as(BETA)))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(get(BETA, "/v1/webhook_endpoints").body()).doesNotContain(alphaEndpoint.getId());
            assertThat(Event.list(EventListParams.builder().setLimit(100L).build(), as(BETA)).getData())
                    .extracting(Event::getId).doesNotContain(alphaEvent);
            assertThat(WebhookEndpoint.retrieve(alphaEndpoint.getId(), as(ALPHA)).getSecret()).isNull();
        }
    }

    @Test
    void aReplayOfTheProjectionRebuildsIdenticalEvents() throws Exception {
        PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(500L).setCurrency("gbp").build(),
                as(REPLAY));
        assertThatThrownBy(() -> PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(600L)
                .setCurrency("usd").setPaymentMethod("pm_card_chargeDeclined").setConfirm(true).build(), as(REPLAY)))
                .isInstanceOf(CardException.class);
        await().atMost(WAIT).until(() -> eventsJson().split("\"object\":\"event\"", -1).length == 5);
        String before = eventsJson();

        StreamingEventProcessor processor = processing.eventProcessor("projections", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(WAIT).until(() -> eventsJson().equals(before));
        assertThat(before).contains("payment_intent.payment_failed", "charge.failed");
    }

    @Test
    void theWebhookOutboxRetriesAnEventItFailedToHandleInsteadOfSkippingIt() {
        assertThat(processing.listenerInvocationErrorHandler("webhook-dispatch"))
                .isSameAs(PropagatingErrorHandler.INSTANCE);
    }

    @Test
    void describesTheEventsAndWebhookEndpointsInTheOpenApiDocument() {
        String docs = get(LISTING, "/v3/api-docs").body();
        assertThat(docs).contains("\"/v1/events\"", "\"/v1/events/{id}\"", "\"/v1/events/{id}/deliveries\"",
                "\"/v1/events/{id}/resend\"", "\"/v1/webhook_endpoints\"", "\"/v1/webhook_endpoints/{webhook_endpoint}\"");
    }

    private String eventsJson() {
        return get(REPLAY, "/v1/events?limit=100").body();
    }

    private static List<Event> list(EventListParams.Builder params) throws Exception {
        EventCollection page = Event.list(params.build(), as(LISTING));
        return page.getData();
    }
}
