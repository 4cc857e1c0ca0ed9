package io.paymentledger.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the selected phases against one ledger. */
final class BenchmarkRun {

    private final BenchmarkOptions options;
    private final InProcessLedger ledger;
    private final PrintStream out;
    private final ApiClient api;
    private final List<ApiClient> nodes = new ArrayList<>();
    private final Summary summary = new Summary();
    private long errors;

    /** {@code otherNodes}: base URLs of more nodes of the same ledger, which share the api phases' flows. */
    BenchmarkRun(BenchmarkOptions options, InProcessLedger ledger, List<String> otherNodes, PrintStream out) {
        this.options = options;
        this.ledger = ledger;
        this.out = out;
        this.api = new ApiClient(baseUrl(), options.apiKey());
        nodes.add(api);
        otherNodes.forEach(url -> nodes.add(new ApiClient(url, options.apiKey())));
    }

    int execute() throws Exception {
        // The lag probe watches one node's subscription queries; with two nodes the other one projects half the
        // intents, and those updates never reach it.
        ApiPhase apiPhase = new ApiPhase(new Flows(nodes), ledger == null || nodes.size() > 1 ? null
                : new LagPhase(ledger, out), out);
        apiPhase.warmUp(options.warmup(), options.warmupMax(), options.concurrency(), options.inProcess());
        ApiPhase.Outcome max = null;
        if (options.runs("api")) {
            max = apiPhase.run("api", options.concurrency(), options.duration(), options.rate());
            errors += max.errors();
            summary.put("api.commands_per_s", max.commandsPerSecond(), ">= 2000 (standalone)");
            summary.put("api.flows_per_s", max.flowsPerSecond(), null);
            summary.put("api.p99_ms", max.overall().p99() / 1000.0, null);
            summary.put("rss_after_api", rss(), null);
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
            awaitProjections("bus");
        }
        if (options.runs("history")) {
            HistoryPhase.Outcome history = new HistoryPhase(api,
                    ledger == null ? null : ledger.bean(CommandGateway.class), out)
                    .run(options.historyEvents(), options.historySamples());
            errors += history.errors();
            if (history.longApi() != null) {
                summary.put("history.api_p50_ratio", history.apiRatio(), "<= 1.5");
                if (history.longBus() != null) {
                    summary.put("history.bus_p50_ratio", history.busRatio(), "<= 1.5");
                }
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
        if (options.runs("replay") && (ledger != null || options.adminKey() != null || inProcess("replay"))) {
            AdminReplay admin = options.adminKey() == null ? null : new AdminReplay(new ApiClient(baseUrl(),
                    options.adminKey()));
            ReplayPhase.Outcome replay = new ReplayPhase(ledger == null ? null : ledger.bean(DataSource.class),
                    ledger == null ? null : processors(), admin, out).run(options.replayEvents());
            if (!replay.completed()) {
                errors++;
            }
            summary.put("replay.events", String.valueOf(replay.events()), ">= 1000000");
            summary.put("replay.events_per_s", replay.eventsPerSecond(), ">= 20000");
        }
        if (options.runs("dashboard") && inProcess("dashboard")) {
            DashboardPhase.Outcome dashboard = new DashboardPhase(baseUrl(), options.apiKey(),
                    ledger.bean(DataSource.class), processors(), out)
                    .run(options.dashboardPayments(), options.dashboardSamples());
            errors += dashboard.errors();
            summary.put("dashboard.payments", String.valueOf(dashboard.payments()), ">= 100000");
            dashboard.pages().forEach((page, latencies) -> summary.put("dashboard." + page.replaceAll("\\W+", "_")
                    .replaceAll("_+$", "") + ".p99_ms", latencies.p99() / 1000.0, "< 200"));
        }
        summary.put("rss_end", rss(), null);
        summary.put("unexpected_errors", String.valueOf(errors), "0");
        summary.print(out);
        return errors == 0 ? 0 : 1;
    }

    /** The ledger JVM's resident memory: this JVM's when the ledger runs in it; unknown for a remote one. */
    private String rss() {
        return ledger == null ? "n/a (remote ledger)" : Summary.residentMemory();
    }

    /**
     * Waits until the projections have caught up with what a phase wrote without waiting for them, so the next
     * phase's POSTs do not time out behind that backlog (read-after-write gives up after 10 s); prints how long.
     */
    private void awaitProjections(String phase) throws Exception {
        long started = System.nanoTime();
        long head = EventRows.head(ledger.bean(DataSource.class));
        Map<String, Double> reached = processors().awaitPosition(head, started, 600_000);
        String after = reached.values().stream().max(Double::compare)
                .map(seconds -> String.format("after %.1f s", seconds)).orElse("NOT within 10 min");
        out.printf("  projections caught up with the %s phase's backlog %s%n", phase, after);
    }

    private String baseUrl() {
        return ledger != null ? ledger.baseUrl() : options.url();
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
