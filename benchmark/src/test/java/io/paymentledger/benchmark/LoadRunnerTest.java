package io.paymentledger.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadRunnerTest {

    @Test
    void aClientThatThrowsFailsTheRunInsteadOfQuietlyLoweringTheLoad() {
        assertThatThrownBy(() -> LoadRunner.run(2, Duration.ofMillis(200), 0, () -> {
            throw new IllegalArgumentException("broken client");
        })).hasRootCauseMessage("broken client");
    }

    @Test
    void aPacedRunStartsNoTaskBeyondItsSchedule() throws Exception {
        AtomicInteger started = new AtomicInteger();

        LoadRunner.run(4, Duration.ofMillis(300), 10, started::incrementAndGet);

        // 10 starts/s for 0.3 s: the schedule holds starts at 0, 100 and 200 ms only, however many threads run
        // (fewer if a starved machine starts the threads late; unthrottled, it would be thousands).
        assertThat(started.get()).isBetween(1, 3);
    }
}
