package io.paymentledger.gateway.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionWaitTest {

    @Test
    void waitsDoubleFromAQuarterSecondToTwoSecondsAndEndWhenTheBudgetIsSpent() {
        ProjectionWait wait = new ProjectionWait(Duration.ofSeconds(10));

        List<Duration> waits = new ArrayList<>();
        for (long n = 0; wait.next(n).isPresent(); n++) {
            waits.add(wait.next(n).get());
        }

        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aZeroBudgetNeverWaits() {
        assertThat(new ProjectionWait(Duration.ZERO).next(0)).isEqualTo(Optional.empty());
    }
}
