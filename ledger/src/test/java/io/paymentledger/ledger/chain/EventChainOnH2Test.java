package io.paymentledger.ledger.chain;

import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/** The event chain of the standalone ledger (H2 file database). */
class EventChainOnH2Test extends EventChainTamperContract {

    @TempDir
    static Path dataDir;
    private static ConfigurableApplicationContext ledger;

    @BeforeAll
    static void start() {
        ledger = new SpringApplicationBuilder(LedgerApplication.class).run("--ledger.data-dir=" + dataDir,
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    @Override
    ConfigurableApplicationContext ledger() {
        return ledger;
    }
}
