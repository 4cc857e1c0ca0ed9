package io.paymentledger.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfTheRecordedValues() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.record(millis * 1_000_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50_000);
        assertThat(summary.p95()).isEqualTo(95_000);
        assertThat(summary.p99()).isEqualTo(99_000);
        assertThat(summary.max()).isEqualTo(100_000);
    }

    @Test
    void anEmptyRecorderSummarisesToZeros() {
        assertThat(new Latencies().summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0));
    }
}
