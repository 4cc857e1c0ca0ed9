package io.paymentledger.benchmark;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The api phase: the realistic mix of {@link Flows} at the configured concurrency (and optional rate) for the
 * configured duration, after an unmeasured warm-up. Also used for "apihalf": the same mix paced at half of the
 * flow rate the unthrottled run reached, to read p99 at half of the maximum throughput.
 */
final class ApiPhase {

    private final Flows flows;
    private final LagPhase probe;
    private final PrintStream out;

    /** {@code probe}: when not null, one client of it measures projection lag while the mix runs. */
    ApiPhase(Flows flows, LagPhase probe, PrintStream out) {
        this.flows = flows;
        this.probe = probe;
        this.out = out;
    }

    /** What one measured run reached. */
    record Outcome(double seconds, long flows, long commands, long errors, Latencies.Summary overall,
                   LagPhase.Outcome lag) {

        double flowsPerSecond() {
            return flows / seconds;
        }

        double commandsPerSecond() {
            return commands / seconds;
        }
    }

    void warmUp(Duration warmup, int concurrency) throws InterruptedException {
        if (warmup.isZero()) {
            return;
        }
        EndpointStats ignored = new EndpointStats();
        LoadRunner.run(concurrency, warmup, 0, () -> {
            if (flows.runOne(ignored)) {
                ignored.flowCompleted();
            }
        });
        out.printf("  warm-up: %d flows in %ds (not counted)%n", ignored.flows(), warmup.toSeconds());
    }

    Outcome run(String title, int concurrency, Duration duration, double rate) throws InterruptedException {
        EndpointStats stats = new EndpointStats();
        LagProbe lag = probe == null ? null : new LagProbe(duration);
        double seconds = LoadRunner.run(concurrency, duration, rate, () -> {
            if (flows.runOne(stats)) {
                stats.flowCompleted();
            }
        });
        out.printf("%n== %s: concurrency %d, %s, %.1f s%n", title, concurrency,
                rate > 0 ? String.format("paced at %.1f flows/s", rate) : "unthrottled", seconds);
        stats.print(out, seconds);
        LagPhase.Outcome lagOutcome = lag == null ? null : lag.await();
        if (lagOutcome != null) {
            out.printf("  projection lag meanwhile (1 extra client, commands straight to the bus): %s, errors %d%n",
                    lagOutcome.lag().millis(), lagOutcome.errors());
        }
        return new Outcome(seconds, stats.flows(), stats.commandCount(), stats.errorCount(), stats.overall(),
                lagOutcome);
    }

    /** One lag client running beside the mix, on its own thread. */
    private final class LagProbe {

        private final Thread thread;
        private LagPhase.Outcome outcome;

        LagProbe(Duration duration) {
            thread = new Thread(() -> {
                try {
                    outcome = probe.measure(1, duration);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-lag-probe");
            thread.setDaemon(true);
            thread.start();
        }

        LagPhase.Outcome await() throws InterruptedException {
            thread.join();
            return outcome;
        }
    }
}
