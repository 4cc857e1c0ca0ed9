package io.paymentledger.ledger.events;

import java.io.IOException;
import java.time.Duration;

import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCreateParams;
import io.paymentledger.ledger.PostgresLedger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The events projection, the outbox and the delivery worker's claiming SQL on a real PostgreSQL. */
class EventsOnPostgresTest {

    private static final String KEY = "sk_test_evPostgres0009";

    @Test
    void deliversSignedEventsAndListsThemOnPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             WebhookReceiver receiver = new WebhookReceiver();
             ConfigurableApplicationContext ledger = PostgresLedger.start(postgres, KEY + "=acct_ev_postgres",
                     // The receiver is on loopback, which the postgres profile refuses by default.
                     "--ledger.webhooks.allow-private-targets=true",
                     "--ledger.webhooks.retry-schedule=100ms,200ms", "--ledger.webhooks.poll-interval=100ms")) {
            Stripe.overrideApiBase(PostgresLedger.baseUrl(ledger));
            receiver.failNext(1);
            EventsEndToEndTest.subscribe(receiver, KEY);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(4_200L)
                    .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(),
                    EventsEndToEndTest.as(KEY));

            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted(intent.getId()).size() == 3);

            assertThat(receiver.accepted(intent.getId())).extracting(Event::getType)
                    .containsExactly("payment_intent.created", "payment_intent.succeeded", "charge.succeeded");
            assertThat(Event.list(EventListParams.builder().setLimit(1L).build(), EventsEndToEndTest.as(KEY))
                    .autoPagingIterable()).extracting(Event::getType)
                    .containsExactly("charge.succeeded", "payment_intent.succeeded", "payment_intent.created");
        } catch (com.stripe.exception.StripeException e) {
            throw new AssertionError(e);
        }
    }
}
