package io.paymentledger.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * The ledger benchmark of issue 6. Starts the standalone ledger in this JVM (or drives {@code --url}), runs the
 * selected phases in a fixed order (api, apihalf, lag, bus, history, jdbc, replay, then dashboard when named) and
 * prints per-endpoint tables and a summary. Exits 1 when any request got an unexpected answer (an expected card decline is not one),
 * 2 on bad options. See docs/benchmarks.md.
 */
public final class LedgerBenchmark {

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(System.out, args);
        // The in-process ledger leaves non-daemon threads behind only until closed; exit explicitly all the same.
        System.exit(status);
    }

    /** Runs the benchmark and returns the process exit status. */
    public static int run(PrintStream out, String... args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException bad) {
            out.println("benchmark: " + bad.getMessage());
            return 2;
        }
        out.printf("ledger benchmark: %s, phases %s, concurrency %d, duration %ds, %d cores, JDK %s, max heap %d MiB%n",
                options.inProcess() ? "in-process " + options.mode() : options.url(), options.phases(),
                options.concurrency(), options.duration().toSeconds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        if (options.inProcess() && "standalone".equals(options.mode())) {
            out.println("H2 file system: " + options.h2FileSystem());
        }
        if (!options.ledgerArgs().isEmpty()) {
            out.println("ledger options: " + options.ledgerArgs());
        }
        if (!options.inProcess()) {
            return new BenchmarkRun(options, null, List.of(), out).execute();
        }
        if (options.adminKey() == null) {
            // The in-process ledger's admin API gets a fresh key, so the replay phase goes through it.
            options = options.withAdminKey("bench_admin_" + UUID.randomUUID());
        }
        long started = System.nanoTime();
        try (InProcessLedger ledger = InProcessLedger.start(options.mode(), options.apiKey(),
                options.ledgerArgs(), options.h2FileSystem(), options.adminKey())) {
            out.printf("ledger started in %.1f s at %s%n", (System.nanoTime() - started) / 1e9, ledger.baseUrl());
            if (options.nodes() < 2) {
                return new BenchmarkRun(options, ledger, List.of(), out).execute();
            }
            try (SecondNode second = SecondNode.start(options.ledgerJar(), ledger, options)) {
                out.printf("second node at %s (same PostgreSQL, its own JVM from %s); flows go to the nodes in turn%n",
                        second.baseUrl(), options.ledgerJar());
                return new BenchmarkRun(options, ledger, List.of(second.baseUrl()), out).execute();
            }
        }
    }
}
