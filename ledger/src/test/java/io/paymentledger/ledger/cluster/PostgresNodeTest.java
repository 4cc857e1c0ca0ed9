package io.paymentledger.ledger.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.PaymentIntentUpdateParams;
import io.paymentledger.ledger.PostgresLedger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import org.springframework.transaction.support.TransactionTemplate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One node of the {@code postgres} profile on a real PostgreSQL: deadlines, reconciliation, segment share. */
class PostgresNodeTest {

    private static final String KEY = "sk_test_postgresNode0001";
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext node;
    private static String baseUrl;

    @BeforeAll
    static void startNode() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        node = PostgresLedger.start(postgres, KEY + "=acct_pg_node", "--ledger.admin.key=" + AdminClient.ADMIN_KEY,
                "--ledger.reconciliation.grace=0s");
        baseUrl = PostgresLedger.baseUrl(node);
    }

    @AfterAll
    static void stopNode() throws IOException {
        node.close();
        postgres.close();
    }

    @Test
    void cancellingADeadlineAnotherNodeRemovedMeanwhileIsANoOp() throws Exception {
        DeadlineManager deadlines = node.getBean(DeadlineManager.class);
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(cancelWhileAnotherTransactionRemovesIt(deadlines)).isNull();

        // Axon's own manager on the same scheduler fails in the very same race.
        DbSchedulerDeadlineManager stock = DbSchedulerDeadlineManager.builder()
                .scheduler(node.getBean(Scheduler.class))
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(node.getBean(Configuration.class)))
                .serializer(JacksonSerializer.defaultSerializer()).startScheduler(false).stopScheduler(false).build();
        assertThat(cancelWhileAnotherTransactionRemovesIt(stock)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("removed 0");
    }

    /**
     * The cluster race, step by step: the "other node" deletes the deadline in an open transaction; this node's
     * cancellation reads the execution, blocks on the row lock, and finds nothing left to delete after the commit.
     */
    private static Throwable cancelWhileAnotherTransactionRemovesIt(DeadlineManager deadlines) throws Exception {
        String id = deadlines.schedule(Instant.now().plus(Duration.ofDays(7)), "race-test",
                null, new AggregateScopeDescriptor("PaymentIntent", "pi_race"));
        TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
        try (Connection otherNode = postgres.getPostgresDatabase().getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement delete = otherNode.prepareStatement(
                    "DELETE FROM scheduled_tasks WHERE task_instance = ?")) {
                delete.setString(1, id);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Throwable> cancellation = CompletableFuture.supplyAsync(() -> {
                try {
                    transactions.executeWithoutResult(status -> deadlines.cancelSchedule("race-test", id));
                    return null;
                } catch (RuntimeException failure) {
                    return failure;
                }
            });
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> cancellation.isDone() || jdbc.queryForObject(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND lower(query) LIKE 'delete%'",
                    Integer.class) > 0);
            otherNode.commit();
            return cancellation.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void reconciliationReportsIntentsWhoseReadModelMissedEvents() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L + i)
                    .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(), api());
            ids.add(intent.getId());
        }
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> AdminClient.get(baseUrl, "/admin/reconciliation")
                .path("missedCount").asInt() == 0 && jdbc.queryForObject(
                "SELECT COUNT(*) FROM payment_intent_view WHERE id IN (?, ?, ?)", Integer.class, ids.toArray()) == 3);

        jdbc.update("DELETE FROM payment_intent_view WHERE id = ?", ids.get(0));
        jdbc.update("UPDATE payment_intent_view SET version = version - 1 WHERE id = ?", ids.get(1));

        JsonNode report = AdminClient.get(baseUrl, "/admin/reconciliation");
        assertThat(report.path("missedCount").asInt()).isEqualTo(2);
        List<String> missed = new ArrayList<>();
        report.path("missed").forEach(entry -> missed.add(entry.path("paymentIntentId").asText()));
        assertThat(missed).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        report.path("missed").forEach(entry -> assertThat(entry.path("lastSequence").asLong())
                .isGreaterThan(entry.path("viewVersion").asLong(-1)));
    }

    @Test
    void theApiLifecycleWorksOnPostgres() throws Exception {
        PaymentIntent created = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(5_000L)
                .setCurrency("eur").setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata("order", "pg-42").build(), api());
        assertThat(created.getStatus()).isEqualTo("requires_payment_method");

        PaymentIntent updated = created.update(PaymentIntentUpdateParams.builder()
                .setDescription("on postgres").setPaymentMethod("pm_card_visa").build(), api());
        assertThat(updated.getStatus()).isEqualTo("requires_confirmation");
        assertThat(updated.confirm(api()).getStatus()).isEqualTo("requires_capture");

        PaymentIntent captured = updated.capture(PaymentIntentCaptureParams.builder().setAmountToCapture(3_000L)
                .build(), api());
        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(3_000L);

        PaymentIntent other = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(700L)
                .setCurrency("eur").build(), api());
        assertThat(other.cancel(api()).getStatus()).isEqualTo("canceled");

        PaymentIntent retrieved = PaymentIntent.retrieve(created.getId(), api());
        assertThat(retrieved.getDescription()).isEqualTo("on postgres");
        assertThat(retrieved.getMetadata()).containsEntry("order", "pg-42");
        assertThat(PaymentIntent.list(PaymentIntentListParams.builder().setLimit(100L).build(), api()).getData())
                .extracting(PaymentIntent::getId).contains(created.getId(), other.getId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(PaymentIntent.search(
                PaymentIntentSearchParams.builder().setQuery("metadata['order']:'pg-42'").build(), api()).getData())
                .extracting(PaymentIntent::getId).containsExactly(created.getId()));
    }

    @Test
    void aSingleNodeClaimsEverySegment() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode cluster = AdminClient.get(baseUrl, "/admin/cluster");
            assertThat(cluster.path("liveNodes").asInt()).isEqualTo(1);
            assertThat(cluster.path("claimedSegments").path("projections").size()).isEqualTo(4);
        });
    }

    private static RequestOptions api() {
        return RequestOptions.builder().setApiKey(KEY).setBaseUrl(baseUrl).build();
    }
}
