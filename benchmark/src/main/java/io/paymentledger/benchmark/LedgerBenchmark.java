package io.paymentledger.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;

import javax.sql.DataSource;
import java.io.PrintStream;

/**
 * The ledger benchmark of issue 6. Starts the standalone ledger in this JVM (or drives {@code --url}), runs the
 * selected phases in a fixed order (api, apihalf, lag, bus, history, jdbc, replay) and prints per-endpoint tables
 * and a summary. Exits 1 when any request got an unexpected answer (an expected card decline is not one),
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
            return new BenchmarkRun(options, null, out).execute();
        }
        long started = System.nanoTime();
        try (InProcessLedger ledger = InProcessLedger.start(options.mode(), options.apiKey(),
                options.ledgerArgs(), options.h2FileSystem())) {
            out.printf("ledger started in %.1f s at %s%n", (System.nanoTime() - started) / 1e9, ledger.baseUrl());
            return new BenchmarkRun(options, ledger, out).execute();
        }
    }

    /** One run of the selected phases against one ledger. */
    private static final class BenchmarkRun {

        private final BenchmarkOptions options;
        private final InProcessLedger ledger;
        private final PrintStream out;
        private final ApiClient api;
        private final Summary summary = new Summary();
        private long errors;

        BenchmarkRun(BenchmarkOptions options, InProcessLedger ledger, PrintStream out) {
            this.options = options;
            this.ledger = ledger;
            this.out = out;
            this.api = new ApiClient(ledger != null ? ledger.baseUrl() : options.url(), options.apiKey());
        }

        int execute() throws Exception {
            ApiPhase apiPhase = new ApiPhase(new Flows(api), ledger == null ? null : new LagPhase(ledger, out), out);
            apiPhase.warmUp(options.warmup(), options.concurrency());
            ApiPhase.Outcome max = null;
            if (options.runs("api")) {
                max = apiPhase.run("api", options.concurrency(), options.duration(), options.rate());
                errors += max.errors();
                summary.put("api.commands_per_s", max.commandsPerSecond(), ">= 2000 (standalone)");
                summary.put("api.flows_per_s", max.flowsPerSecond(), null);
                summary.put("api.p99_ms", max.overall().p99() / 1000.0, null);
                summary.put("rss_after_api", Summary.residentMemory(), null);
                if (max.lag() != null) {
                    summary.put("api.lag_p50_ms", max.lag().lag().p50() / 1000.0, null);
                    summary.put("api.lag_p99_ms", max.lag().lag().p99() / 1000.0, "< 100");
                    errors += max.lag().errors();
                }
            }
            if (options.runs("apihalf") && max != null) {
                ApiPhase.Outcome half = apiPhase.run("apihalf (half of the api phase's flow rate)",
                        options.concurrency(), options.duration(), max.flowsPerSecond() / 2);
                errors += half.errors();
                summary.put("apihalf.commands_per_s", half.commandsPerSecond(), null);
                summary.put("apihalf.p99_ms", half.overall().p99() / 1000.0, "< 25");
                if (half.lag() != null) {
                    summary.put("apihalf.lag_p99_ms", half.lag().lag().p99() / 1000.0, "< 100");
                    errors += half.lag().errors();
                }
            }
            LagPhase.Outcome lag = null;
            if (options.runs("lag") && inProcess("lag")) {
                lag = new LagPhase(ledger, out).run(options.concurrency(), options.duration());
                errors += lag.errors();
                summary.put("lag.bus_commands_per_s", lag.commandsPerSecond(), null);
                summary.put("lag.p50_ms", lag.lag().p50() / 1000.0, null);
                summary.put("lag.p99_ms", lag.lag().p99() / 1000.0, "< 100");
            }
            BusPhase.Outcome bus = null;
            if (options.runs("bus") && inProcess("bus")) {
                bus = new BusPhase(ledger, out).run(options.concurrency(), options.duration());
                errors += bus.errors();
                summary.put("bus.commands_per_s", bus.commandsPerSecond(), null);
                summary.put("bus.ack_p99_ms", bus.ack().p99() / 1000.0, null);
            }
            if (options.runs("history")) {
                HistoryPhase.Outcome history = new HistoryPhase(api,
                        ledger == null ? null : ledger.bean(CommandGateway.class), out)
                        .run(options.historyEvents(), options.historySamples());
                errors += history.errors();
                if (history.longApi() != null) {
                    summary.put("history.api_p50_ratio", history.apiRatio(), "<= 1.5");
                    summary.put("history.bus_p50_ratio", history.busRatio(), "<= 1.5");
                }
            }
            if (options.runs("jdbc") && inProcess("jdbc")) {
                JdbcPhase.Outcome jdbc = new JdbcPhase(ledger.bean(DataSource.class), out)
                        .run(options.concurrency(), options.duration());
                summary.put("jdbc.commands_per_s", jdbc.commandsPerSecond(), null);
                summary.put("jdbc.events_per_s", jdbc.eventsPerSecond(), null);
                if (max != null) {
                    summary.put("ratio.api_to_jdbc", max.commandsPerSecond() / jdbc.commandsPerSecond(), ">= 0.5");
                }
                if (bus != null) {
                    summary.put("ratio.bus_to_jdbc", bus.commandsPerSecond() / jdbc.commandsPerSecond(), ">= 0.5");
                }
            }
            if (options.runs("replay") && inProcess("replay")) {
                ReplayPhase.Outcome replay = new ReplayPhase(ledger.bean(DataSource.class), processors(), out)
                        .run(options.replayEvents());
                if (!replay.completed()) {
                    errors++;
                }
                summary.put("replay.events", String.valueOf(replay.events()), ">= 1000000");
                summary.put("replay.events_per_s", replay.eventsPerSecond(), ">= 20000");
            }
            summary.put("rss_end", ledger == null ? "n/a (remote ledger)" : Summary.residentMemory(), null);
            summary.put("unexpected_errors", String.valueOf(errors), "0");
            summary.print(out);
            return errors == 0 ? 0 : 1;
        }

        private boolean inProcess(String phase) {
            if (ledger == null) {
                out.printf("%n== %s: skipped, it needs the in-process ledger (no --url)%n", phase);
            }
            return ledger != null;
        }

        private Processors processors() {
            return new Processors(ledger.bean(EventProcessingConfiguration.class));
        }
    }
}
