package io.paymentledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A terminal's answer is a persistent deadline (docs/api.md §19.3): a ledger stopped while a device payment is
 * processing settles it after it starts again.
 */
class DeviceRestartTest {

    private static final String KEY = "sk_test_deviceRestart01";
    private static final String INTENTS = "/v1/accounts/acct_device_restart/payment-intents";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void settlesADevicePaymentThatWasProcessingWhenTheLedgerStopped() throws Exception {
        String name;
        try (ConfigurableApplicationContext ledger = start()) {
            HttpResponse<String> created = send(ledger, HttpRequest.newBuilder(uri(ledger, INTENTS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"5000\",\"currency\":\"usd\",\"device\":"
                            + "\"accounts/acct_device_restart/devices/tmr_test_approves\"}")));
            JsonNode intent = JSON.readTree(created.body());
            assertThat(intent.get("status").asText()).as(created.body()).isEqualTo("PROCESSING");
            name = intent.get("name").asText();
        }

        try (ConfigurableApplicationContext ledger = start()) {
            JsonNode settled = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> JSON.readTree(send(ledger, HttpRequest.newBuilder(uri(ledger, "/v1/" + name)))
                            .body()), intent -> "SUCCEEDED".equals(intent.get("status").asText()));
            assertThat(settled.get("amount_received").asText()).isEqualTo("5000");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class).run("--ledger.data-dir=" + dataDir,
                "--server.port=0", "--spring.main.banner-mode=off",
                "--ledger.gateway.api-keys=" + KEY + "=acct_device_restart",
                // Long enough that the first ledger is stopped before the terminal answers.
                "--ledger.payments.device-delay=5s");
    }

    private static URI uri(ConfigurableApplicationContext ledger, String path) {
        return URI.create("http://localhost:" + ledger.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext ledger, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
