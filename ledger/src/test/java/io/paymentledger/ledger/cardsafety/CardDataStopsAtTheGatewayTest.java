package io.paymentledger.ledger.cardsafety;

import io.paymentledger.ledger.LedgerApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.paymentledger.ledger.cardsafety.RawCardTraffic.CVC;
import static io.paymentledger.ledger.cardsafety.RawCardTraffic.NUMBER;
import static io.paymentledger.ledger.cardsafety.RawCardTraffic.OTHER_NUMBER;
import static io.paymentledger.ledger.cardsafety.RawCardTraffic.assertNoCardData;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card numbers stop at the gateway (docs/api.md §2.3): after intents and payment methods were created with raw cards
 * (form and JSON), no command or query sent, no log line and no byte the ledger stored holds the number or the CVC,
 * in the standalone (H2 file) and the PostgreSQL mode. Each check first finds a payment method id the traffic
 * created, so that it provably looks where the data is.
 */
@ExtendWith(OutputCaptureExtension.class)
class CardDataStopsAtTheGatewayTest {

    @Test
    void standaloneKeepsNoCardDataInMessagesLogsOrTheDatabaseFiles(@TempDir Path dataDir, CapturedOutput logs)
            throws Exception {
        RawCardTraffic traffic;
        List<String> arguments = new ArrayList<>(RawCardTraffic.ledgerArguments());
        arguments.add("--ledger.data-dir=" + dataDir);
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(arguments.toArray(String[]::new))) {
            traffic = RawCardTraffic.against(ledger).run();
        }

        assertMessagesAndLogsAreClean(traffic, logs);
        String files = filesOf(dataDir);
        assertThat(files).contains(traffic.createdPaymentMethod());
        assertNoCardData("the H2 database files", files);
    }

    @Test
    void postgresKeepsNoCardDataInMessagesLogsOrAnyTable(CapturedOutput logs) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            RawCardTraffic traffic;
            String tables;
            List<String> arguments = new ArrayList<>(RawCardTraffic.ledgerArguments());
            arguments.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--ledger.payments.fingerprint-secret=raw-cards-test-secret"));
            try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                    .profiles("postgres").run(arguments.toArray(String[]::new))) {
                traffic = RawCardTraffic.against(ledger).run();
                tables = everyTableAsText(ledger.getBean(JdbcTemplate.class));
            }

            assertMessagesAndLogsAreClean(traffic, logs);
            assertThat(tables).contains(traffic.createdPaymentMethod());
            assertNoCardData("the PostgreSQL tables", tables);
            // bytea columns (event payloads, snapshots) read as hex
            assertThat(tables).doesNotContain(hex(NUMBER)).doesNotContain(hex(OTHER_NUMBER))
                    .doesNotContain(hex("\"" + CVC + "\""));
        }
    }

    private static void assertMessagesAndLogsAreClean(RawCardTraffic traffic, CapturedOutput logs) {
        List<String> dispatched = traffic.dispatched();
        assertThat(dispatched).anyMatch(message -> message.contains("CreatePaymentIntent"))
                .anyMatch(message -> message.contains("ConfirmPaymentIntent"))
                .anyMatch(message -> message.contains("UpdatePaymentIntent"))
                .anyMatch(message -> message.contains(traffic.createdPaymentMethod()));
        dispatched.forEach(message -> assertNoCardData("a dispatched message", message));
        assertThat(logs.getAll()).contains("Tomcat started on port");
        assertNoCardData("the logs", logs.getAll());
    }

    /** Every file under the data directory, byte for byte (as Latin-1, so that no byte is lost). */
    private static String filesOf(Path dataDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    /** Each row of each table of every schema but PostgreSQL's own, as PostgreSQL writes a row as text. */
    private static String everyTableAsText(JdbcTemplate jdbc) {
        StringBuilder all = new StringBuilder();
        List<Map<String, Object>> tables = jdbc.queryForList("SELECT table_schema, table_name FROM "
                + "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
                + "('pg_catalog', 'information_schema')");
        assertThat(tables).hasSizeGreaterThan(10);
        for (Map<String, Object> table : tables) {
            String name = "\"" + table.get("table_schema") + "\".\"" + table.get("table_name") + "\"";
            jdbc.queryForList("SELECT t::text FROM " + name + " t", String.class)
                    .forEach(row -> all.append(name).append(' ').append(row).append('\n'));
        }
        return all.toString();
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
