package io.paymentledger.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code postgres} profile on a real PostgreSQL started by the build (zonky embedded binaries). */
class PostgresModeTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void keepsEventsInByteaColumnsOfPostgres() {
        try (ConfigurableApplicationContext ledger = PostgresLedger.start(postgres, "sk_test_postgres=acct_postgres")) {
            String id = TestIntents.newId();
            ledger.getBean(CommandGateway.class).sendAndWait(TestIntents.create(id, 5_000));

            assertThat(ledger.getBean(EventStore.class).lastSequenceNumberFor(id)).isPresent();
            JdbcTemplate jdbc = ledger.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("""
                    SELECT data_type FROM information_schema.columns
                    WHERE table_name = 'domainevententry' AND column_name IN ('payload', 'metadata')""", String.class))
                    .containsOnly("bytea");
        }
    }

    @Test
    void refusesToStartWithoutAFingerprintSecret() {
        SpringApplicationBuilder ledger = new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres");

        // Empty on the command line: whatever LEDGER_FINGERPRINT_SECRET the environment has, none is configured.
        assertThatThrownBy(() -> ledger.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--ledger.gateway.api-keys=sk_test_postgres=acct_postgres", "--ledger.payments.fingerprint-secret=",
                "--server.port=0", "--spring.main.banner-mode=off").close())
                .rootCause().hasMessageContaining("LEDGER_FINGERPRINT_SECRET is not set");
    }
}
