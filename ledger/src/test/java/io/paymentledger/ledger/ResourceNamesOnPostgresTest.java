package io.paymentledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.ledger.LedgerApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The resource-name API (docs/api.md §19) on a PostgreSQL cluster node. */
class ResourceNamesOnPostgresTest {

    private static final String KEY = "sk_test_namesPostgres01";
    private static final String INTENTS = "/v1/accounts/acct_names_pg/payment-intents";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void createsListsAndRetrievesIntentsByName() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                     .profiles("postgres")
                     .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres", "--spring.datasource.password=",
                             "--ledger.gateway.api-keys=" + KEY + "=acct_names_pg",
                             "--ledger.payments.fingerprint-secret=resource-names-on-postgres-secret",
                             "--server.port=0", "--spring.main.banner-mode=off")) {
            String base = "http://localhost:" + ledger.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + INTENTS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"4200\",\"currency\":\"USD\","
                            + "\"payment_method\":\"accounts/acct_names_pg/payment-methods/pm_card_visa\"}")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            JsonNode intent = JSON.readTree(created.body());
            assertThat(intent.get("status").asText()).isEqualTo("SUCCEEDED");

            String name = intent.get("name").asText();
            JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + INTENTS)).GET()).body());
            assertThat(page.get("payment_intents").findValuesAsText("name")).containsExactly(name);
            JsonNode retrieved = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/v1/" + name))
                    .GET()).body());
            assertThat(retrieved).isEqualTo(intent);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
