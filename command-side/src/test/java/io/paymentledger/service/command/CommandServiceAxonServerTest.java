package io.paymentledger.service.command;

import io.paymentledger.command.chain.EventChainInterceptor;
import io.paymentledger.messages.chain.EventChain;
import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command service's {@code axonserver} profile loads, and with Axon Server out of reach it degrades the way
 * it should: it starts, its health is DOWN (so an orchestrator keeps traffic away), and a command fails fast
 * instead of hanging. Its Flyway history covers only the deadline table.
 */
class CommandServiceAxonServerTest {

    @Test
    void withoutReachableAxonServerItReportsDownAndRefusesCommands() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .profiles("axonserver")
                .run("--axon.axonserver.servers=localhost:" + closedPort, "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:command-service;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
                + ";INIT=CREATE SCHEMA IF NOT EXISTS ledger_command\\;SET SCHEMA ledger_command",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--spring.main.banner-mode=off")) {
            String port = service.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);

            assertThatThrownBy(() -> service.getBean(CommandGateway.class)
                    .send(new CancelPaymentIntent("pi_unreachable", "acct_x", null)).get(30, TimeUnit.SECONDS))
                    .hasStackTraceContaining("AxonServerException");

            assertSealsEventsAppendedThroughAxonServer(service);

            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'ledger_command' AND lower(table_name) IN ('scheduled_tasks', 'domainevententry')", String.class))
                    .map(String::toLowerCase).containsExactly("scheduled_tasks");
        }
    }

    /**
     * The guard of the event chain in this mode (Axon Server never runs in CI): the interceptor is registered on
     * Axon Server's event store and seals a first event with the service's own event serializer.
     */
    @SuppressWarnings("unchecked")
    private static void assertSealsEventsAppendedThroughAxonServer(ConfigurableApplicationContext service) {
        EventStore store = service.getBean(EventStore.class);
        EventChainInterceptor interceptor = service.getBean(EventChainInterceptor.class);
        assertThat(store).isInstanceOf(AxonServerEventStore.class);
        assertThat((Collection<Object>) ReflectionTestUtils.getField(store, "dispatchInterceptors")).contains(interceptor);

        EventMessage<?> sealed = interceptor.handle(List.of(new GenericDomainEventMessage<>("PaymentIntent",
                "pi_sealed", 0, new CancelPaymentIntent("pi_sealed", "acct_x", null)))).apply(0, null);
        assertThat(sealed.getMetaData()).containsEntry(EventChain.PREVIOUS, EventChain.GENESIS)
                .containsKey(EventChain.HASH);
    }
}
