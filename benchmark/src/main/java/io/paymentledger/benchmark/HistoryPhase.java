package io.paymentledger.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;

import java.io.PrintStream;

/**
 * Long histories: command latency on an intent with {@code historyEvents} prior events versus one with 5. Both
 * intents get their history from metadata updates (one event each); then updates alternate between the two, timed
 * through the REST API (including its read-after-write wait) and, in-process, straight on the command bus (loading
 * the aggregate from snapshot + events, handling, appending). With working snapshots the two stay close.
 */
final class HistoryPhase {

    private final ApiClient api;
    private final CommandGateway commands;
    private final PrintStream out;

    /** {@code commands} is null against a remote ledger: then history is built and timed through the API only. */
    HistoryPhase(ApiClient api, CommandGateway commands, PrintStream out) {
        this.api = api;
        this.commands = commands;
        this.out = out;
    }

    record Outcome(Latencies.Summary longApi, Latencies.Summary shortApi, Latencies.Summary longBus,
                   Latencies.Summary shortBus, long errors) {

        double apiRatio() {
            return (double) longApi.p50() / Math.max(1, shortApi.p50());
        }

        double busRatio() {
            return longBus == null ? Double.NaN : (double) longBus.p50() / Math.max(1, shortBus.p50());
        }
    }

    Outcome run(int historyEvents, int samples) throws Exception {
        EndpointStats stats = new EndpointStats();
        Flows flows = new Flows(api);
        String longId = flows.create(stats, "amount=5000&currency=usd", "requires_payment_method");
        String shortId = flows.create(stats, "amount=5000&currency=usd", "requires_payment_method");
        if (longId == null || shortId == null) {
            stats.print(out, 1);
            return new Outcome(null, null, null, null, stats.errorCount());
        }
        long started = System.nanoTime();
        grow(stats, longId, historyEvents - 1);
        grow(stats, shortId, 4);
        out.printf("%n== history: built %d + 5 events in %.1f s%n", historyEvents, (System.nanoTime() - started) / 1e9);
        Latencies longApi = new Latencies();
        Latencies shortApi = new Latencies();
        Latencies longBus = new Latencies();
        Latencies shortBus = new Latencies();
        for (int i = 0; i < samples; i++) {
            timeApi(stats, longApi, longId, i);
            timeApi(stats, shortApi, shortId, i);
            if (commands != null) {
                timeBus(longBus, longId, i);
                timeBus(shortBus, shortId, i);
            }
        }
        Outcome outcome = new Outcome(longApi.summary(), shortApi.summary(),
                commands == null ? null : longBus.summary(), commands == null ? null : shortBus.summary(),
                stats.errorCount());
        out.printf("  API update, %5d prior events: %s%n", historyEvents, outcome.longApi().millis());
        out.printf("  API update,     5 prior events: %s%n", outcome.shortApi().millis());
        out.printf("  API p50 ratio long/short: %.2f%n", outcome.apiRatio());
        if (commands != null) {
            out.printf("  command bus update, %5d prior events: %s%n", historyEvents, outcome.longBus().millis());
            out.printf("  command bus update,     5 prior events: %s%n", outcome.shortBus().millis());
            out.printf("  command bus p50 ratio long/short: %.2f%n", outcome.busRatio());
        }
        if (stats.errorCount() > 0) {
            stats.print(out, 1);
        }
        return outcome;
    }

    private void grow(EndpointStats stats, String id, int updates) throws Exception {
        for (int i = 0; i < updates; i++) {
            if (commands != null) {
                commands.sendAndWait(Commands.updateMetadata(id, "h" + i));
            } else {
                Flows.expect(stats, Flows.UPDATE, api.post(stats, Flows.UPDATE, "/v1/payment_intents/" + id,
                        "metadata[step]=h" + i), 200, null);
            }
        }
    }

    private void timeApi(EndpointStats stats, Latencies latencies, String id, int i) throws Exception {
        long started = System.nanoTime();
        Flows.expect(stats, Flows.UPDATE, api.post(stats, Flows.UPDATE, "/v1/payment_intents/" + id,
                "metadata[step]=a" + i), 200, null);
        latencies.record(System.nanoTime() - started);
    }

    private void timeBus(Latencies latencies, String id, int i) {
        long started = System.nanoTime();
        commands.sendAndWait(Commands.updateMetadata(id, "b" + i));
        latencies.record(System.nanoTime() - started);
    }
}
