package io.paymentledger.benchmark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phase (the dashboard's too, with 300 payments) for a few seconds against an in-process standalone ledger: the
 * run completes without unexpected errors and prints each figure. Never asserts a timing (CI machines differ, and so do their neighbours).
 */
class LedgerBenchmarkSmokeTest {

    @Test
    void runsEveryPhaseWithoutUnexpectedErrorsAndPrintsEachFigure() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = LedgerBenchmark.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--duration=1s", "--warmup=1s", "--warmup-max=1s", "--concurrency=2", "--replay-events=1500",
                "--history-events=20", "--history-samples=5",
                "--phases=api,apihalf,lag,bus,history,jdbc,replay,dashboard", "--dashboard-payments=300",
                "--dashboard-samples=2");
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(status).as(output).isZero();
        // Which endpoints a one-second mix reaches is chance; every table has its overall row.
        assertThat(output).contains("RESULT unexpected_errors=0", "  overall ", "projection lag (ack -> view shows it)",
                "rebuilt through POST /admin/replay");
        for (String figure : new String[]{"api.commands_per_s", "api.flows_per_s", "api.p99_ms", "rss_after_api",
                "apihalf.p99_ms", "api.lag_p99_ms", "lag.p50_ms", "lag.p99_ms", "history.api_p50_ratio",
                "history.bus_p50_ratio", "bus.commands_per_s", "jdbc.commands_per_s", "ratio.api_to_jdbc", "ratio.bus_to_jdbc",
                "replay.events_per_s", "dashboard.payments", "dashboard.payments_first_page.p99_ms",
                "dashboard.payments_status_and_currency.p99_ms", "dashboard.payments_search.p99_ms",
                "dashboard.payment.p99_ms", "dashboard.books.p99_ms", "rss_end"}) {
            assertThat(output).as(output).containsPattern("RESULT " + figure.replace(".", "\\.") + "=\\d");
        }
        Matcher replayed = Pattern.compile("RESULT replay\\.events=(\\d+)").matcher(output);
        assertThat(replayed.find()).as(output).isTrue();
        assertThat(Long.parseLong(replayed.group(1))).isGreaterThanOrEqualTo(1_500);
    }
}
