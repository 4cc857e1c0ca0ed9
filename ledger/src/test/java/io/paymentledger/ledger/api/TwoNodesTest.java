package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two ledger nodes on one database, as in a cluster. Commands on one intent race across nodes: the loser's
 * append hits the event store's unique constraint and is retried by the gateway; and a node answers with the
 * state a command produced even when the read model was updated on the other node.
 */
@Disabled("""
        Fails outside the gateway, for the lead and the command/query sides: a capture on the second node failed         with db-scheduler's "Expected one execution to be removed, but removed 0" while cancelling the 7-day         deadline (the concurrent capture on the first node had removed it), and a confirm on one node of an         intent created on the other timed out waiting for the read model (10 s).""")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest extends StripeApiTest {

    private static final int CAPTURES = 10;
    private ConfigurableApplicationContext secondNode;
    private String secondBase;

    @BeforeAll
    void startSecondNode() {
        secondNode = new SpringApplicationBuilder(LedgerApplication.class).run("--ledger.data-dir=" + DATA_DIR,
                "--server.port=0", "--spring.main.banner-mode=off", "--ledger.gateway.api-keys=" + API_KEYS);
        secondBase = "http://localhost:" + ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @AfterAll
    void stopSecondNode() {
        secondNode.close();
    }

    @Test
    void ofCapturesSplitAcrossTwoNodesExactlyOneSucceeds() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 6_000);
        ExecutorService threads = Executors.newFixedThreadPool(CAPTURES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < CAPTURES; i++) {
                RequestOptions node = i % 2 == 0 ? as(ALPHA) : onSecondNode(ALPHA);
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        return intent.capture(node).getStatus();
                    } catch (InvalidRequestException refused) {
                        return refused.getCode();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("succeeded");
            assertThat(results).filteredOn(result -> !result.equals("succeeded"))
                    .containsOnly("payment_intent_unexpected_state");
        } finally {
            threads.shutdownNow();
        }
        assertThat(PaymentIntent.retrieve(intent.getId(), as(ALPHA)).getAmountReceived()).isEqualTo(6_000L);
        assertThat(PaymentIntent.retrieve(intent.getId(), onSecondNode(ALPHA)).getAmountReceived()).isEqualTo(6_000L);
    }

    @Test
    void eachNodeAnswersWithTheStateItsCommandProducedWhicheverNodeProjectedIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            PaymentIntent created = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(2_000L).setCurrency("usd").setPaymentMethod("pm_card_visa")
                    .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build(),
                    onSecondNode(ALPHA));
            assertThat(created.getStatus()).isEqualTo("requires_confirmation");
            PaymentIntent confirmed = created.confirm(as(ALPHA));
            assertThat(confirmed.getStatus()).isEqualTo("requires_capture");
            assertThat(PaymentIntent.retrieve(created.getId(), onSecondNode(ALPHA)).getStatus())
                    .isEqualTo("requires_capture");
        }
    }

    // stripe-java's base URL is global; a per-request base lets one test talk to both nodes.
    private RequestOptions onSecondNode(String apiKey) {
        return RequestOptions.builder().setApiKey(apiKey).setBaseUrl(secondBase).build();
    }
}
