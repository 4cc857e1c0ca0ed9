package io.paymentledger.ledger.events;

import java.nio.file.Path;
import java.time.Duration;

import com.stripe.Stripe;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Retry state lives in the database: a delivery that failed before a restart is delivered after it. */
class WebhookRestartTest {

    private static final String KEY = "sk_test_evRestart00008";

    @TempDir
    Path dataDir;

    @Test
    void deliversAfterARestartInTheMiddleOfRetries() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.failNext(Integer.MAX_VALUE);
            String intentId;
            try (ConfigurableApplicationContext ledger = start()) {
                Stripe.overrideApiBase("http://localhost:" + ledger.getEnvironment().getProperty("local.server.port"));
                EventsEndToEndTest.subscribe(receiver, KEY);
                intentId = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_200L)
                        .setCurrency("usd").build(), EventsEndToEndTest.as(KEY)).getId();
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.requests() >= 1);
            }
            receiver.failNext(0);
            assertThat(receiver.accepted()).isEmpty();

            try (ConfigurableApplicationContext ledger = start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted(intentId).size() == 1);
            }
            assertThat(receiver.accepted()).extracting(e -> e.getType()).containsExactly("payment_intent.created");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class).run("--ledger.data-dir=" + dataDir,
                "--server.port=0", "--spring.main.banner-mode=off", "--ledger.gateway.api-keys=" + KEY
                        + "=acct_ev_restart", "--ledger.webhooks.retry-schedule=1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
                "--ledger.webhooks.poll-interval=100ms", "--ledger.webhooks.claim-lease=3s",
                "--ledger.webhooks.allow-private-targets=true");
    }
}
