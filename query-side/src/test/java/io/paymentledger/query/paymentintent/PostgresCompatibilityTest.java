package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.SearchPaymentIntents;
import io.paymentledger.query.axon.ReadModelJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.io.IOException;
import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static org.assertj.core.api.Assertions.assertThat;

/** The query-side migrations and SQL on a real PostgreSQL (embedded binaries from Maven Central, no Docker). */
class PostgresCompatibilityTest {

    private static EmbeddedPostgres postgres;
    private static PaymentIntentProjection projection;
    private static PaymentIntentQueryHandlers queries;

    private final String account = anyAccountId();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
              .locations("classpath:db/migration/query").load().migrate();
        PaymentIntentRows rows = new PaymentIntentRows(
                new NamedParameterJdbcTemplate(postgres.getPostgresDatabase()), new ReadModelJson());
        projection = new PaymentIntentProjection(rows, SimpleQueryUpdateEmitter.builder().build());
        queries = new PaymentIntentQueryHandlers(rows);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void projectsListsAndSearchesOnPostgres() {
        String first = anyIntentId();
        String second = anyIntentId();
        projection.on(created(first, account, 2_000, "usd", details("cus_1", Map.of("order", "A-1"))), T0, 0,
                new GlobalSequenceTrackingToken(1));
        projection.on(created(second, account, 3_000, "eur", details(null, Map.of())), T0, 0,
                new GlobalSequenceTrackingToken(2));
        projection.on(authorized(first, account, 2_000), T0.plusSeconds(1), 1);
        projection.on(canceled(first, account, 2_000), T0.plusSeconds(2), 2);

        assertThat(queries.handle(new FindPaymentIntent(account, first)).orElseThrow().canceledAt())
                .isEqualTo(T0.plusSeconds(2));
        assertThat(queries.handle(new ListPaymentIntents(account, null, null, null, null, Map.of("order", "A-1"),
                10, null, null)).data()).extracting("id").containsExactly(first);
        assertThat(queries.handle(new ListPaymentIntents(account, null, null, null, null, null, 1, second, null))
                .data()).extracting("id").containsExactly(first);
        assertThat(queries.handle(new SearchPaymentIntents(account,
                "-status:'canceled' AND currency~'eur' AND amount>=3000 AND metadata['order']:null", 10, null, true))
                .data()).extracting("id").containsExactly(second);
        assertThat(queries.handle(new SearchPaymentIntents(account, "customer:'CUS_1' OR status:'canceled'", 10, null, false))
                .data()).extracting("status").containsExactly(PaymentIntentStatus.CANCELED);
    }
}
