package io.paymentledger.ledger.chain;

import io.paymentledger.ledger.LedgerApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;

/** The event chain of a PostgreSQL cluster node (the build's embedded PostgreSQL). */
class EventChainOnPostgresTest extends EventChainTamperContract {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext ledger;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        ledger = new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--ledger.gateway.api-keys=sk_test_eventChain0001=acct_event_chain",
                        "--ledger.payments.fingerprint-secret=event-chain-test-secret",
                        "--server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() throws IOException {
        ledger.close();
        postgres.close();
    }

    @Override
    ConfigurableApplicationContext ledger() {
        return ledger;
    }
}
