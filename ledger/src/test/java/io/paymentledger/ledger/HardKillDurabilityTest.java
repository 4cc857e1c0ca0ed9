package io.paymentledger.ledger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code kill -9} of a ledger JVM loses no acknowledged command. H2's default write delay would lose up to a
 * second of committed transactions here; the datasource URL sets WRITE_DELAY=0.
 */
class HardKillDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAcknowledgedCommandAfterSigkill() throws Exception {
        List<String> acknowledged = runWriterAndKillIt();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run("--ledger.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
            EventStore events = ledger.getBean(EventStore.class);
            List<String> lost = acknowledged.stream()
                    .filter(id -> events.lastSequenceNumberFor(id).isEmpty())
                    .toList();
            assertThat(lost).as("acknowledged intents missing after kill -9").isEmpty();
        }
    }

    private List<String> runWriterAndKillIt() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HardKillWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            // SIGKILL (destroyForcibly) while the writer is in the middle of its next commands.
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        return acknowledged;
    }
}
