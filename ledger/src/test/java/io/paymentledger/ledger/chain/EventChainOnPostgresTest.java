package io.paymentledger.ledger.chain;

import io.paymentledger.ledger.PostgresLedger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;

/** The event chain of a PostgreSQL cluster node (the build's embedded PostgreSQL). */
class EventChainOnPostgresTest extends EventChainTamperContract {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext ledger;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        ledger = PostgresLedger.start(postgres, "sk_test_eventChain0001=acct_event_chain");
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
