package io.paymentledger.benchmark;

import java.util.Arrays;

/**
 * Every recorded latency, in microseconds, kept exactly: a benchmark run records at most a few million values,
 * so sorting them once at the end is cheaper and simpler than a bucketed histogram, and the percentiles are exact.
 */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    synchronized void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = nanos / 1_000;
    }

    synchronized int count() {
        return count;
    }

    /** Percentiles of what was recorded so far. */
    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Summary(count, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1]);
    }

    private static long at(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Count and percentiles in microseconds. */
    record Summary(int count, long p50, long p95, long p99, long max) {

        String millis() {
            return String.format("p50 %s  p95 %s  p99 %s  max %s ms", ms(p50), ms(p95), ms(p99), ms(max));
        }

        static String ms(long micros) {
            return String.format("%.2f", micros / 1000.0);
        }
    }
}
