package io.paymentledger.service.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway service's {@code axonserver} profile loads its own schema (and only its own), and with Axon Server
 * out of reach it starts (with the token table its webhook-dispatch processor needs) with health DOWN and answers API calls promptly with Stripe's api_error envelope.
 */
class GatewayServiceAxonServerTest {

    @Test
    void withoutReachableAxonServerItReportsDownAndAnswersApiErrors() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(GatewayServiceApplication.class)
                .profiles("axonserver")
                .run("--axon.axonserver.servers=localhost:" + closedPort, "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:gateway-service;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
                + ";INIT=CREATE SCHEMA IF NOT EXISTS ledger_gateway\\;SET SCHEMA ledger_gateway",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--ledger.gateway.api-keys=sk_test_service00001=acct_service",
                        "--ledger.payments.fingerprint-secret=gateway-service-test-secret",
                        "--spring.main.banner-mode=off")) {
            String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);

            HttpResponse<String> retrieve = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/v1/payment_intents/pi_unreachable")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer sk_test_service00001").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(retrieve.statusCode()).isGreaterThanOrEqualTo(500);
            assertThat(retrieve.body()).contains("\"type\"").contains("api_error");

            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'ledger_gateway' AND lower(table_name) IN ('idempotency_keys', 'payment_method', 'tokenentry',"
                    + " 'scheduled_tasks', 'domainevententry')", String.class))
                    .map(String::toLowerCase)
                    .containsExactlyInAnyOrder("idempotency_keys", "payment_method", "tokenentry");
        }
    }

    /** The gateway tokenizes cards, so it is the service that needs the fingerprint secret. */
    @Test
    void refusesToStartWithoutAFingerprintSecret() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SpringApplicationBuilder service = new SpringApplicationBuilder(GatewayServiceApplication.class)
                .profiles("axonserver");
        // Empty on the command line: whatever LEDGER_FINGERPRINT_SECRET the environment has, none is configured.
        assertThatThrownBy(() -> service.run("--axon.axonserver.servers=localhost:" + closedPort, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:gateway-service-no-secret;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                        + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS ledger_gateway\\;SET SCHEMA ledger_gateway",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--ledger.gateway.api-keys=sk_test_service00001=acct_service",
                "--ledger.payments.fingerprint-secret=", "--spring.main.banner-mode=off").close())
                .rootCause().hasMessageContaining("LEDGER_FINGERPRINT_SECRET is not set");
    }
}
