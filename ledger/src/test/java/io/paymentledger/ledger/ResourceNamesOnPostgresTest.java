package io.paymentledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resource-name API (docs/api.md §19) on a PostgreSQL cluster node: names, a device payment settled by the
 * persistent deadline in PostgreSQL, and a transfer posted to the destination's balance, read back and reversed
 * through {@code GET /v1/transfers}.
 */
class ResourceNamesOnPostgresTest {

    private static final String KEY = "sk_test_namesPostgres01";
    private static final String DESTINATION_KEY = "sk_test_namesPostgres02";
    private static final String INTENTS = "/v1/accounts/acct_names_pg/payment-intents";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void createsListsAndRetrievesIntentsByName() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext ledger = PostgresLedger.start(postgres,
                     KEY + "=acct_names_pg," + DESTINATION_KEY + "=acct_names_pg_b")) {
            String base = PostgresLedger.baseUrl(ledger);
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + INTENTS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"4200\",\"currency\":\"USD\","
                            + "\"payment_method\":\"accounts/acct_names_pg/payment-methods/pm_card_visa\","
                            + "\"transfers\":[{\"destination\":\"accounts/acct_names_pg_b\",\"amount\":\"1000\"}]}")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            JsonNode intent = JSON.readTree(created.body());
            assertThat(intent.get("status").asText()).isEqualTo("SUCCEEDED");

            String name = intent.get("name").asText();
            JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + INTENTS)).GET()).body());
            assertThat(page.get("payment_intents").findValuesAsText("name")).containsExactly(name);
            JsonNode retrieved = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/v1/" + name))
                    .GET()).body());
            assertThat(retrieved).isEqualTo(intent);

            JsonNode received = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/balance_transactions?type=transfer"))
                            .header("Authorization", "Bearer " + DESTINATION_KEY).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("data"), data -> data.size() == 1).get(0);
            assertThat(received.get("amount").asLong()).isEqualTo(1000);
            assertTransfersReadBackOnPostgres(base, name.replaceAll(".*/", ""));

            HttpResponse<String> onDevice = send(HttpRequest.newBuilder(URI.create(base + INTENTS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"4300\",\"currency\":\"usd\","
                            + "\"device\":\"accounts/acct_names_pg/devices/tmr_test_approves\"}")));
            String device = JSON.readTree(onDevice.body()).get("name").asText();
            assertThat(JSON.readTree(onDevice.body()).get("status").asText()).isEqualTo("PROCESSING");
            await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(send(HttpRequest.newBuilder(
                    URI.create(base + "/v1/" + device)).GET()).body()).get("status").asText(), "SUCCEEDED"::equals);
        }
    }

    /** The transfers read model's SQL on PostgreSQL: filters, paging, a reversal after a refund, and 404 elsewhere. */
    private static void assertTransfersReadBackOnPostgres(String base, String intentId) throws Exception {
        JsonNode listed = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/v1/transfers?limit=1"
                + "&destination=acct_names_pg_b&transfer_group=group_" + intentId + "&created%5Bgte%5D=0")).GET())
                .body());
        JsonNode transfer = listed.get("data").get(0);
        assertThat(transfer.get("amount").asLong()).isEqualTo(1000);
        String transfers = base + "/v1/transfers/" + transfer.get("id").asText();
        HttpResponse<String> refund = send(HttpRequest.newBuilder(URI.create(base + "/v1/refunds"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payment_intent=" + intentId)));
        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(200);

        JsonNode reversals = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(send(
                HttpRequest.newBuilder(URI.create(transfers + "/reversals?limit=1")).GET()).body()),
                page -> page.get("data").size() == 1);
        assertThat(reversals.get("data").get(0).get("amount").asLong()).isEqualTo(1000);
        assertThat(JSON.readTree(send(HttpRequest.newBuilder(URI.create(transfers)).GET()).body())
                .get("reversed").asBoolean()).isTrue();
        HttpResponse<String> hidden = HTTP.send(HttpRequest.newBuilder(URI.create(transfers))
                .header("Authorization", "Bearer " + DESTINATION_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hidden.statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
