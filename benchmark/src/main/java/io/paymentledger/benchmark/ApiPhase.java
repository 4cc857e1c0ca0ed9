package io.paymentledger.benchmark;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The api phase: the realistic mix of {@link Flows} at the configured concurrency (and optional rate) for the
 * configured duration, after an unmeasured warm-up. Also used for "apihalf": the same mix paced at half of the
 * flow rate the unthrottled run reached, to read p99 at half of the maximum throughput.
 */
final class ApiPhase {

    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
    private static final double SETTLED_JIT_SHARE = 0.10;

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

    /**
     * Unmeasured load for at least {@code minimum}; then, while the JIT compiler of this JVM (the in-process
     * ledger's) still used more than {@link #SETTLED_JIT_SHARE} of one core over the last round, another round, up
     * to {@code maximum}. On 2 cores the JIT took about half of the CPU for the first minute of load, so a short
     * fixed warm-up measured the compiler more than the ledger. Against a ledger by URL ({@code watchJit} false)
     * its JIT cannot be seen from here, so the warm-up lasts {@code minimum}.
     */
    void warmUp(Duration minimum, Duration maximum, int concurrency, boolean watchJit) throws InterruptedException {
        if (minimum.isZero() && (maximum.isZero() || !watchJit)) {
            return;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean observable = watchJit && jit != null && jit.isCompilationTimeMonitoringSupported();
        EndpointStats ignored = new EndpointStats();
        long start = System.nanoTime();
        Duration round = minimum.isZero() ? WARM_UP_ROUND : minimum;
        double jitShare;
        double lastRound;
        do {
            long compiledBefore = observable ? jit.getTotalCompilationTime() : 0;
            double seconds = LoadRunner.run(concurrency, round, 0, () -> {
                if (flows.runOne(ignored)) {
                    ignored.flowCompleted();
                }
            });
            jitShare = observable ? (jit.getTotalCompilationTime() - compiledBefore) / 1000.0 / seconds : 0;
            lastRound = seconds;
            round = WARM_UP_ROUND;
        } while (observable && jitShare > SETTLED_JIT_SHARE
                && Duration.ofNanos(System.nanoTime() - start).plus(round).compareTo(maximum) <= 0);
        out.printf("  warm-up: %d flows in %.0f s (not counted); JIT compiler busy %.0f%% of a core in the last %.0f s%s%n",
                ignored.flows(), (System.nanoTime() - start) / 1e9, jitShare * 100, lastRound,
                observable && jitShare > SETTLED_JIT_SHARE ? " (still compiling at --warmup-max)" : "");
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
