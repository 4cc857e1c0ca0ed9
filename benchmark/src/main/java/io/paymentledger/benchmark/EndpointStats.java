package io.paymentledger.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies, expected declines and unexpected errors per endpoint of one measured phase. */
final class EndpointStats {

    private static final int KEPT_ERRORS = 10;

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> declines = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new ArrayList<>();
    private final Latencies overall = new Latencies();
    private final AtomicLong flows = new AtomicLong();

    void record(String endpoint, long nanos) {
        latencies.computeIfAbsent(endpoint, key -> new Latencies()).record(nanos);
        overall.record(nanos);
    }

    void expectedDecline(String endpoint) {
        declines.computeIfAbsent(endpoint, key -> new AtomicLong()).incrementAndGet();
    }

    void error(String endpoint, String description) {
        errors.computeIfAbsent(endpoint, key -> new AtomicLong()).incrementAndGet();
        synchronized (errorSamples) {
            if (errorSamples.size() < KEPT_ERRORS) {
                errorSamples.add(endpoint + ": " + description);
            }
        }
    }

    void flowCompleted() {
        flows.incrementAndGet();
    }

    long flows() {
        return flows.get();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Requests to endpoints that change state (every POST), which is what "commands/s" counts. */
    long commandCount() {
        return latencies.entrySet().stream().filter(entry -> entry.getKey().startsWith("POST"))
                .mapToLong(entry -> entry.getValue().count()).sum();
    }

    Latencies.Summary overall() {
        return overall.summary();
    }

    void print(PrintStream out, double seconds) {
        out.printf("  %-34s %8s %9s %8s %8s %8s %8s %7s %8s%n", "endpoint", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors", "declines");
        latencies.keySet().stream().sorted().forEach(endpoint -> printRow(out, endpoint,
                latencies.get(endpoint).summary(), seconds, count(errors, endpoint), count(declines, endpoint)));
        printRow(out, "overall", overall.summary(), seconds, errorCount(),
                declines.values().stream().mapToLong(AtomicLong::get).sum());
        out.printf("  flows: %d (%.1f flows/s), commands: %d (%.1f commands/s)%n", flows.get(), flows.get() / seconds,
                commandCount(), commandCount() / seconds);
        synchronized (errorSamples) {
            errorSamples.forEach(sample -> out.println("  unexpected: " + sample));
        }
    }

    private static void printRow(PrintStream out, String endpoint, Latencies.Summary summary, double seconds,
                                 long errorCount, long declineCount) {
        out.printf("  %-34s %8d %9.1f %8s %8s %8s %8s %7d %8d%n", endpoint, summary.count(), summary.count() / seconds,
                Latencies.Summary.ms(summary.p50()), Latencies.Summary.ms(summary.p95()),
                Latencies.Summary.ms(summary.p99()), Latencies.Summary.ms(summary.max()), errorCount, declineCount);
    }

    private static long count(Map<String, AtomicLong> counters, String endpoint) {
        AtomicLong counter = counters.get(endpoint);
        return counter == null ? 0 : counter.get();
    }
}
