package io.paymentledger.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void defaultsRunEveryPhaseInProcessForThirtySeconds() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.inProcess()).isTrue();
        assertThat(options.phases()).containsExactlyElementsOf(BenchmarkOptions.DEFAULT_PHASES)
                .doesNotContain("dashboard");
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.replayEvents()).isEqualTo(1_000_000);
    }

    @Test
    void readsPhasesDurationsAndPassesLedgerPropertiesOn() {
        BenchmarkOptions options = BenchmarkOptions.parse("--phases=jdbc,api", "--duration=2m", "--warmup=500ms",
                "--warmup-max=1m", "--url=http://host:8080/", "--replay-events=2_000_000", "--axon.x=1", "--spring.y=2");

        assertThat(options.phases()).containsExactly("jdbc", "api");
        assertThat(options.runs("lag")).isFalse();
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.warmupMax()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.url()).isEqualTo("http://host:8080");
        assertThat(options.replayEvents()).isEqualTo(2_000_000);
        assertThat(options.ledgerArgs()).isEqualTo(List.of("--axon.x=1", "--spring.y=2"));
    }

    @Test
    void aSecondNodeNeedsTheInProcessPostgresLedger() {
        BenchmarkOptions two = BenchmarkOptions.parse("--mode=postgres", "--nodes=2", "--ledger-jar=/opt/ledger.jar");
        assertThat(two.nodes()).isEqualTo(2);
        assertThat(two.ledgerJar()).hasToString("/opt/ledger.jar");
        assertThat(BenchmarkOptions.parse().nodes()).isEqualTo(1);
        assertThatThrownBy(() -> BenchmarkOptions.parse("--nodes=2")).hasMessageContaining("--mode=postgres");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--mode=postgres", "--nodes=2", "--url=http://x"))
                .hasMessageContaining("--mode=postgres");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--mode=postgres", "--nodes=3")).hasMessageContaining("3");
    }

    @Test
    void theLedgerRunsWithoutTheRateLimitUnlessOneIsAskedFor() {
        assertThat(InProcessLedger.withoutRateLimit(java.util.List.of("--ledger.x=1"))).containsExactly("--ledger.x=1",
                "--ledger.gateway.rate-limit.read=0", "--ledger.gateway.rate-limit.write=0");
        assertThat(InProcessLedger.withoutRateLimit(java.util.List.of("--ledger.gateway.rate-limit.write=50")))
                .containsExactly("--ledger.gateway.rate-limit.write=50");
    }

    @Test
    void refusesUnknownOptionsAndPhases() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--speed=fast")).hasMessageContaining("--speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--phases=api,warp")).hasMessageContaining("warp");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--mode=oracle")).hasMessageContaining("oracle");
    }

    @Test
    void badOptionsExitWithStatusTwo() throws Exception {
        assertThat(LedgerBenchmark.run(System.out, "--concurrency")).isEqualTo(2);
    }
}
