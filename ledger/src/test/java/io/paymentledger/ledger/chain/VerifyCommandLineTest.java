package io.paymentledger.ledger.chain;

import io.paymentledger.ledger.LedgerApplication;
import io.paymentledger.ledger.TestIntents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code --ledger.verify=true} in a JVM of its own: exit code 0 for an intact store, 4 once a row is edited. */
class VerifyCommandLineTest {

    @TempDir
    Path dataDir;

    @Test
    void exitsWithFourAndNamesTheDamageOnceAPayloadIsEdited() throws Exception {
        String id = TestIntents.newId();
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run("--ledger.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
            ledger.getBean(CommandGateway.class).sendAndWait(TestIntents.create(id, 2_000));
            ledger.getBean(CommandGateway.class).sendAndWait(TestIntents.changeAmount(id, 3_000));
            JdbcTemplate jdbc = ledger.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                    "SELECT sequence_number FROM event_chain_head WHERE aggregate_id = ?", Long.class, id)
                    .contains(1L));
        }
        // The H2 file admits one process at a time: each step runs while no other holds it.
        Run intact = verify();
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("Event chain intact.", "2 events of 1 aggregates checked");

        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + dataDir.resolve("ledger")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=FALSE", "ledger", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            byte[] payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry"
                    + " WHERE aggregateIdentifier = ? AND sequenceNumber = 1", byte[].class, id);
            String edited = new String(payload, StandardCharsets.UTF_8).replace("3000", "3001");
            assertThat(jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ?"
                    + " AND sequenceNumber = 1", edited.getBytes(StandardCharsets.UTF_8), id)).isEqualTo(1);
        }

        Run broken = verify();
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(4);
        assertThat(broken.output()).contains("EVENT CHAIN BROKEN", "payload_altered at aggregate " + id + " sequence 1");
    }

    private record Run(int exitCode, String output) {
    }

    /** The standalone ledger on the same data directory, run with the flag until it exits by itself. */
    private Run verify() throws IOException, InterruptedException {
        Path output = dataDir.resolve("verify.out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(),
                "--ledger.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                "--ledger.verify=true")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the verification exits by itself").isTrue();
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
