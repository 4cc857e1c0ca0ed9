package io.paymentledger.ledger.deadletter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.paymentledger.ledger.PostgresLedger;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.query.admin.DeadLetterView;
import io.paymentledger.query.admin.DeadLetters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model's failing statement on PostgreSQL aborts the batch's transaction. The event must still park in the
 * failing group's dead-letter queue, and the events after it must reach every read model: before HandlerSavepoints,
 * the dead-letter insert failed in the aborted transaction and the shared processor retried the batch forever.
 */
class PoisonEventOnPostgresTest {

    private static final String KEY = "sk_test_poisonPostgres1";
    private static final String ACCOUNT = "acct_poison_pg";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void parksAnEventPostgresCannotStoreAndKeepsEveryReadModelMoving() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext ledger = PostgresLedger.start(postgres, KEY + "=" + ACCOUNT)) {
            String base = PostgresLedger.baseUrl(ledger);
            EventStore events = ledger.getBean(EventStore.class);
            DeadLetters deadLetters = ledger.getBean(DeadLetters.class);
            String poison = "pi_poisonNul" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String healthy = "pi_healthyPg" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

            // A NUL character: H2 stores it, PostgreSQL's text refuses it. The gateway refuses it since, but a
            // store may already hold one, and any other statement a read model fails on behaves the same.
            publish(events, created(poison, "Order \u0000 42"));
            publish(events, created(healthy, "Order 43"));

            // The first failure rolls its batch back; the retry, with a savepoint per handler, parks the event.
            await().atMost(Duration.ofSeconds(60)).until(() -> parked(deadLetters, poison).size() > 0
                    && status(base, healthy) == 200);
            List<DeadLetterView> parked = parked(deadLetters, poison);
            assertThat(parked).isNotEmpty().allSatisfy(letter -> {
                assertThat(letter.eventType()).isEqualTo("PaymentIntentCreated");
                assertThat(letter.cause()).contains("0x00");
            });
            assertThat(deadLetters.list()).noneMatch(letter -> healthy.equals(letter.paymentIntentId()));

            // The shared processor still moves: an intent made through the API now reads back after its write.
            HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/payment_intents"))
                    .header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("amount=1500&currency=usd")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        }
    }

    private static List<DeadLetterView> parked(DeadLetters deadLetters, String paymentIntentId) {
        return deadLetters.list().stream().filter(letter -> paymentIntentId.equals(letter.paymentIntentId())).toList();
    }

    private static PaymentIntentCreated created(String id, String description) {
        PaymentIntentDetails details = new PaymentIntentDetails(PaymentSettings.none(),
                new Descriptors(description, null, null, null), References.none(), Map.of(), null);
        return new PaymentIntentCreated(id, ACCOUNT, 2_000, "usd", details, id + "_secret_abc");
    }

    private static void publish(EventStore events, Object payload) {
        String id = ((PaymentIntentCreated) payload).paymentIntentId();
        events.publish(new GenericDomainEventMessage<>("PaymentIntent", id, 0, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.now()));
    }

    private static int status(String base, String id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/payment_intents/" + id))
                .header("Authorization", "Bearer " + KEY).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
