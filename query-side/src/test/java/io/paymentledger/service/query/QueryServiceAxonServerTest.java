package io.paymentledger.service.query;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query service's {@code axonserver} profile migrates its read models' schema (and only theirs). Without a
 * reachable Axon Server it refuses to start: its pooled processors cannot read where the event stream begins,
 * so the service exits and its orchestrator restarts it (compose: {@code restart: unless-stopped}) until Axon
 * Server answers, rather than running with read models that never move.
 */
class QueryServiceAxonServerTest {

    private static final String DATABASE = "jdbc:h2:mem:query-service;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
                + ";INIT=CREATE SCHEMA IF NOT EXISTS ledger_query\\;SET SCHEMA ledger_query";

    @Test
    void withoutReachableAxonServerItMigratesItsSchemaThenFailsToStart() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(QueryServiceApplication.class)
                .profiles("axonserver")
                .run("--axon.axonserver.servers=localhost:" + closedPort, "--server.port=0",
                        "--spring.datasource.url=" + DATABASE,
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--spring.main.banner-mode=off").close())
                .isInstanceOf(ApplicationContextException.class)
                .hasStackTraceContaining("PooledStreamingEventProcessor.start");

        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(DATABASE, "sa", ""));
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'ledger_query' AND lower(table_name) IN ('payment_intent_view', 'tokenentry', 'scheduled_tasks',"
                + " 'domainevententry', 'idempotency_keys', 'ledger_node')", String.class))
                .map(String::toLowerCase).containsExactlyInAnyOrder("payment_intent_view", "tokenentry", "ledger_node");
    }
}
