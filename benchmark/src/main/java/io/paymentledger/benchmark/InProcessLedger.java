package io.paymentledger.benchmark;

import io.paymentledger.ledger.LedgerApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The standalone ledger ({@link LedgerApplication}, exactly as {@code java -jar ledger.jar} runs it) started in this
 * JVM on a temporary data directory, or in the {@code postgres} profile on an embedded PostgreSQL started the way
 * the ledger's tests start it. In-process, the benchmark can reach the event store, the processors and the
 * datasource for the phases that need them; the resident memory it reports is this JVM's (ledger + clients).
 */
final class InProcessLedger implements AutoCloseable {

    static final String ACCOUNT = "acct_benchmark";

    private final ConfigurableApplicationContext context;
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private InProcessLedger(ConfigurableApplicationContext context, EmbeddedPostgres postgres, Path dataDirectory) {
        this.context = context;
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static InProcessLedger start(String mode, String apiKey, List<String> ledgerArgs, String h2FileSystem,
                                 String adminKey) throws IOException {
        Path dataDirectory = Files.createTempDirectory("ledger-benchmark-");
        EmbeddedPostgres postgres = "postgres".equals(mode) ? EmbeddedPostgres.builder().start() : null;
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.data-dir=" + dataDirectory,
                "--ledger.gateway.api-keys=" + apiKey + "=" + ACCOUNT, "--ledger.admin.key=" + adminKey,
                "--spring.main.banner-mode=off",
                // The ledger's INFO logging per processor batch and segment claim would cost more than it shows here.
                "--logging.level.root=WARN", "--logging.level.io.paymentledger.benchmark=INFO"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LedgerApplication.class);
        if (postgres == null && !"file:".equals(h2FileSystem)) {
            builder.listeners(new H2FileSystem(h2FileSystem));
        }
        if (postgres != null) {
            builder.profiles("postgres");
            args.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.datasource.password=");
        }
        // A throwaway ledger needs no lasting fingerprint secret (and outside standalone it refuses to start without).
        args.add("--ledger.payments.fingerprint-secret=benchmark-" + java.util.UUID.randomUUID());
        args.addAll(withoutRateLimit(ledgerArgs));
        return new InProcessLedger(builder.run(args.toArray(String[]::new)), postgres, dataDirectory);
    }

    /** The embedded PostgreSQL's JDBC URL; null for a standalone ledger. */
    String postgresUrl() {
        return postgres == null ? null : postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The fingerprint secret every node of this ledger must share. */
    String fingerprintSecret() {
        return context.getEnvironment().getProperty("ledger.payments.fingerprint-secret");
    }

    /**
     * The PostgreSQL profile limits each key to 100 requests/s; a throughput benchmark measures without a limit
     * unless {@code ledgerArgs} sets one (a property given twice on the command line would read "0,100").
     */
    static List<String> withoutRateLimit(List<String> ledgerArgs) {
        if (ledgerArgs.stream().anyMatch(arg -> arg.startsWith("--ledger.gateway.rate-limit."))) {
            return ledgerArgs;
        }
        List<String> args = new ArrayList<>(ledgerArgs);
        args.add("--ledger.gateway.rate-limit.read=0");
        args.add("--ledger.gateway.rate-limit.write=0");
        return args;
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
