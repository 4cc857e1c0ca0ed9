package io.paymentledger.ledger.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.paymentledger.ledger.api.DashboardClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two ledger JVMs on one PostgreSQL (zonky embedded), as a cluster: segments split between them, races on one
 * intent across nodes end in exactly one success, deadlines run once, and a node killed with SIGKILL mid-load loses no
 * acknowledged command while the survivor takes over its segments and finishes the projections, and a dashboard
 * session signed in on one node is served and signed out by the other.
 * The tests run in order on the same two nodes; the last one kills node 1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

    private static final String[] PROCESSORS = {"projections"};
    private static final int RACERS = 6;
    private static EmbeddedPostgres postgres;
    private static final List<LedgerNode> nodes = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Path logs = Files.createTempDirectory("ledger-cluster-");
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        // The first node migrates the schema alone; the second starts on a migrated database.
        nodes.add(LedgerNode.start(jdbcUrl, logs.resolve("node-0.log")));
        nodes.get(0).awaitReady();
        nodes.add(LedgerNode.start(jdbcUrl, logs.resolve("node-1.log")));
        nodes.get(1).awaitReady();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (LedgerNode node : nodes) {
            node.stop();
        }
        postgres.close();
    }

    @Test
    @Order(1)
    void theNodesSplitEveryProcessorsSegmentsBetweenThem() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String processor : PROCESSORS) {
                List<Integer> first = claimed(0, processor);
                List<Integer> second = claimed(1, processor);
                assertThat(first).hasSize(2);
                assertThat(second).hasSize(2);
                Set<Integer> all = new HashSet<>(first);
                all.addAll(second);
                assertThat(all).containsExactlyInAnyOrder(0, 1, 2, 3);
            }
        });
    }

    @Test
    @Order(2)
    void eachNodeAnswersWithTheStateItsCommandProducedWhicheverNodeProjectedIt() throws Exception {
        for (int i = 0; i < 6; i++) {
            PaymentIntent created = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(2_000L).setCurrency("usd").setPaymentMethod("pm_card_visa")
                    .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build(), api(i % 2));
            assertThat(created.getStatus()).isEqualTo("requires_confirmation");
            PaymentIntent confirmed = created.confirm(api((i + 1) % 2));
            assertThat(confirmed.getStatus()).isEqualTo("requires_capture");
            assertThat(PaymentIntent.retrieve(created.getId(), api(i % 2)).getStatus()).isEqualTo("requires_capture");
        }
    }

    @Test
    @Order(2)
    void confirmsAndCapturesRacingAcrossNodesSucceedExactlyOnceEach() throws Exception {
        for (int round = 0; round < 3; round++) {
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(4_000L + round)
                    .setCurrency("usd").setPaymentMethod("pm_card_visa")
                    .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build(), api(round % 2));

            List<String> confirms = race(node -> intent.confirm(api(node)).getStatus());
            assertThat(confirms).containsOnlyOnce("requires_capture");
            assertThat(confirms).filteredOn(result -> !result.equals("requires_capture"))
                    .containsOnly("payment_intent_unexpected_state");

            List<String> captures = race(node -> intent.capture(api(node)).getStatus());
            assertThat(captures).containsOnlyOnce("succeeded");
            assertThat(captures).filteredOn(result -> !result.equals("succeeded"))
                    .containsOnly("payment_intent_unexpected_state");
            for (int node = 0; node < 2; node++) {
                assertThat(PaymentIntent.retrieve(intent.getId(), api(node)).getAmountReceived())
                        .isEqualTo(4_000L + round);
            }
        }
    }

    @Test
    @Order(2)
    void tenConcurrentRefundsOfThirtyPercentAcrossNodesGiveExactlyThreeSuccesses() throws Exception {
        PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(10_000L)
                .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(), api(0));
        assertThat(intent.getStatus()).isEqualTo("succeeded");

        List<String> refunds = race(10, node -> Refund.create(RefundCreateParams.builder()
                .setPaymentIntent(intent.getId()).setAmount(3_000L).build(), api(node)).getStatus());

        assertThat(refunds).filteredOn("succeeded"::equals).hasSize(3);
        assertThat(refunds).filteredOn(result -> !result.equals("succeeded")).hasSize(7)
                .containsOnly("amount_too_large");
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND payloadType LIKE '%.RefundCreated'", Integer.class, intent.getId())).isEqualTo(3);
        for (int node = 0; node < 2; node++) {
            assertThat(Charge.retrieve(intent.getLatestCharge(), api(node)).getAmountRefunded()).isEqualTo(9_000L);
        }
    }

    @Test
    @Order(2)
    void aDashboardSessionSignedInOnOneNodeIsServedByTheOtherUntilItSignsOutThere() throws Exception {
        DashboardClient browser = new DashboardClient();
        String token = browser.signIn(nodes.get(0).baseUrl, LedgerNode.API_KEY);

        java.net.http.HttpResponse<String> onSecond = browser.get(nodes.get(1).baseUrl, "/dashboard/payments");
        assertThat(onSecond.statusCode()).as("no sticky session needed").isEqualTo(200);
        assertThat(onSecond.body()).contains("acct_cluster");
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(jdbc.queryForList("SELECT token_sha256 || ' ' || key_label FROM dashboard_session", String.class))
                .as("only the token's hash and the key's label are stored").isNotEmpty()
                .noneMatch(row -> row.contains(token) || row.contains(LedgerNode.API_KEY));

        java.net.http.HttpResponse<String> signedOut = browser.post(nodes.get(1).baseUrl, "/dashboard/sign-out",
                DashboardClient.csrf(onSecond));
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/dashboard/sign-in"));
        java.net.http.HttpResponse<String> onFirst = browser.get(nodes.get(0).baseUrl, "/dashboard/payments");
        assertThat(onFirst.statusCode()).as("signed out on the other node").isEqualTo(302);
        assertThat(onFirst.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/dashboard/sign-in"));
        assertThat(browser.post(nodes.get(0).baseUrl, "/dashboard/sign-out", DashboardClient.csrf(onSecond))
                .statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void settlementDeadlinesScheduledOnEitherNodeRunExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(900L + i)
                    .setCurrency("usd").setPaymentMethod("pm_test_processing_succeeds").setConfirm(true).build(),
                    api(i % 2));
            assertThat(intent.getStatus()).isEqualTo("processing");
            ids.add(intent.getId());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (int i = 0; i < ids.size(); i++) {
                assertThat(PaymentIntent.retrieve(ids.get(i), api((i + 1) % 2)).getStatus()).isEqualTo("succeeded");
            }
        });
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        for (String id : ids) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                    + " AND payloadType LIKE '%.PaymentIntentSucceeded'", Integer.class, id)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE picked", Integer.class)).isZero();
    }

    @Test
    @Order(4)
    void bothNodesSeeTheSameReadModelsAndNothingMissed() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(AdminClient.get(nodes.get(0).baseUrl, "/admin/fingerprints"))
                    .isEqualTo(AdminClient.get(nodes.get(1).baseUrl, "/admin/fingerprints"));
            for (LedgerNode node : nodes) {
                assertThat(AdminClient.get(node.baseUrl, "/admin/reconciliation").path("missedCount").asInt())
                        .isZero();
            }
        });
    }

    @Test
    @Order(5)
    void aNodeKilledMidLoadLosesNoAcknowledgedCommandAndTheSurvivorFinishesTheProjections() throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        try {
            for (int client = 0; client < 4; client++) {
                load.submit(() -> {
                    while (loading.get()) {
                        try {
                            acknowledged.add(PaymentIntent.create(PaymentIntentCreateParams.builder()
                                    .setAmount(700L).setCurrency("usd").setPaymentMethod("pm_card_visa")
                                    .setConfirm(true).build(), api(1)).getId());
                        } catch (StripeException | RuntimeException nodeGone) {
                            // Unacknowledged: the node died before answering; nothing is promised.
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
            nodes.get(1).kill();
        } finally {
            loading.set(false);
            load.shutdown();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String processor : PROCESSORS) {
                assertThat(claimed(0, processor)).containsExactly(0, 1, 2, 3);
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : acknowledged) {
                assertThat(PaymentIntent.retrieve(id, api(0)).getStatus()).isEqualTo("succeeded");
            }
            assertThat(AdminClient.get(nodes.get(0).baseUrl, "/admin/reconciliation").path("missedCount").asInt())
                    .isZero();
        });
    }

    private interface Attempt {
        String on(int node) throws StripeException;
    }

    /** Runs the attempt {@value #RACERS} times at once, alternating nodes; a refusal yields its Stripe code. */
    private static List<String> race(Attempt attempt) throws Exception {
        return race(RACERS, attempt);
    }

    private static List<String> race(int racers, Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int node = i % 2;
                Callable<String> racer = () -> {
                    start.await();
                    try {
                        return attempt.on(node);
                    } catch (InvalidRequestException refused) {
                        return refused.getCode();
                    } catch (StripeException other) {
                        return "unexpected " + other.getStatusCode() + " " + other.getCode();
                    }
                };
                outcomes.add(threads.submit(racer));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Integer> claimed(int node, String processor) {
        JsonNode segments = AdminClient.get(nodes.get(node).baseUrl, "/admin/cluster")
                .path("claimedSegments").path(processor);
        List<Integer> ids = new ArrayList<>();
        segments.forEach(segment -> ids.add(segment.asInt()));
        return ids;
    }

    private static RequestOptions api(int node) {
        return RequestOptions.builder().setApiKey(LedgerNode.API_KEY).setBaseUrl(nodes.get(node).baseUrl).build();
    }
}
