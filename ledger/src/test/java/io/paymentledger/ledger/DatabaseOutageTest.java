package io.paymentledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stops under a running cluster node: a create sent meanwhile answers 503 {@code api_error} (not an
 * unexpected error) and leaves nothing under its Idempotency-Key, so the same request with the same key, repeated
 * while it answers 503, goes through once the database is back and creates exactly one intent.
 */
class DatabaseOutageTest {

    private static final String KEY = "sk_test_outage0000";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCreateDuringAnOutageIsA503AndRunsUnderTheSameKeyAfterIt() throws Exception {
        Path data = Files.createTempDirectory("ledger-outage-");
        int port = freePort();
        EmbeddedPostgres postgres = start(data, port);
        try (ConfigurableApplicationContext ledger = PostgresLedger.start(postgres, KEY + "=acct_outage",
                "--spring.datasource.hikari.connection-timeout=2000")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) ledger).getWebServer().getPort();
            assertThat(create(base, "before").statusCode()).isEqualTo(200);

            postgres.close();
            HttpResponse<String> during = create(base, "during");
            assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
            assertThat(JSON.readTree(during.body()).at("/error/type").asText()).isEqualTo("api_error");
            assertThat(during.headers().firstValue("Stripe-Should-Retry")).contains("true");

            postgres = start(data, port);
            // As a client told Stripe-Should-Retry does: the same request again while the pool reconnects.
            HttpResponse<String> retried = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> create(base, "during"), response -> response.statusCode() != 503);
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
            JsonNode list = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/payment_intents"
                    + "?limit=10")).header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(list.get("data")).hasSize(2);
        } finally {
            postgres.close();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static HttpResponse<String> create(String base, String idempotencyKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/payment_intents"))
                .header("Authorization", "Bearer " + KEY).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=2000&currency=usd")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
