package io.paymentledger.ledger;

import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A ledger node (profile {@code postgres}) on an embedded PostgreSQL and a random port, for the PostgreSQL tests. */
public final class PostgresLedger {

    private PostgresLedger() {
    }

    /** {@code apiKeys} as {@code ledger.gateway.api-keys} takes them; {@code more} are further arguments. */
    public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, String apiKeys, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--ledger.gateway.api-keys=" + apiKeys,
                "--ledger.payments.fingerprint-secret=postgres-ledger-test-secret",
                "--server.port=0", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext ledger) {
        return "http://localhost:" + ledger.getEnvironment().getProperty("local.server.port");
    }
}
