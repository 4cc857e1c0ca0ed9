package io.paymentledger.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone ledger keeps its data in the H2 file database across a stop and a start. */
class StandaloneRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void findsItsIntentsAfterARestart() {
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> TestIntents.newId()).toList();
        try (ConfigurableApplicationContext ledger = start()) {
            CommandGateway commands = ledger.getBean(CommandGateway.class);
            ids.forEach(id -> commands.sendAndWait(TestIntents.create(id, 2_000)));
        }

        try (ConfigurableApplicationContext ledger = start()) {
            EventStore events = ledger.getBean(EventStore.class);
            ids.forEach(id -> assertThat(events.lastSequenceNumberFor(id)).as(id).isPresent());
        }
        assertThat(dataDir.resolve("ledger.mv.db")).exists();
    }

    @Test
    void generatesAFingerprintSecretIntoTheDataDirectoryOnceAndKeepsIt() throws IOException {
        Path secretFile = dataDir.resolve("fingerprint-secret");
        // Empty on the command line: whatever LEDGER_FINGERPRINT_SECRET the environment has, none is configured.
        try (ConfigurableApplicationContext ledger = start("--ledger.payments.fingerprint-secret=")) {
            assertThat(secretFile).exists();
        }
        String generated = Files.readString(secretFile);

        try (ConfigurableApplicationContext ledger = start("--ledger.payments.fingerprint-secret=")) {
            assertThat(Files.readString(secretFile)).isEqualTo(generated);
        }
        assertThat(generated).matches("[0-9a-f]{64}");
    }

    @Test
    void storesEventsWithJacksonInTheJdbcEventStoreAndKeepsDeadlinesInTheDatabase() {
        try (ConfigurableApplicationContext ledger = start()) {
            assertThat(ledger.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
            assertThat(ledger.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            Configuration axon = ledger.getBean(Configuration.class);
            assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
            assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
            assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--ledger.data-dir=" + dataDir, "--server.port=0",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(LedgerApplication.class).run(args.toArray(String[]::new));
    }
}
