package io.paymentledger.ledger.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paymentledger.ledger.LedgerApplication;
import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.upcasting.PaymentIntentDetailsUpcaster;
import org.junit.jupiter.api.BeforeAll;
import io.paymentledger.query.chain.ChainReport;
import io.paymentledger.query.chain.EventChainVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events stored by older code keep loading: the rows of {@code compat/events-1.json} (recorded by
 * {@link StoredEventsExport} before the events were regrouped) are written into a fresh standalone ledger's event
 * store as they were stored, the read models fold them through the upcasters, and the aggregate takes commands on
 * the imported intents. The API must answer what it answered when the events were recorded.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredEventsCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURE = "/compat/events-1.json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode recorded;
    private FixtureApi api;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("ledger-compat-");
        properties.add("ledger.data-dir", dataDir::toString);
        properties.add("ledger.gateway.api-keys", () -> FixtureApi.API_KEY + "=" + FixtureApi.ACCOUNT);
    }

    @BeforeAll
    void importTheRecordedRows() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            recorded = JSON.readTree(in);
        }
        api = new FixtureApi("http://localhost:" + port);
        for (JsonNode row : recorded.get("events")) {
            jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                    + " metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    columns(row));
        }
        for (JsonNode row : recorded.get("snapshots")) {
            jdbc.update("INSERT INTO SnapshotEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                    + " metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    columns(row));
        }
    }

    @Test
    void readModelsShowEveryImportedIntentAsItWasRecorded() {
        Iterator<Map.Entry<String, JsonNode>> intents = recorded.get("intents").fields();
        while (intents.hasNext()) {
            Map.Entry<String, JsonNode> intent = intents.next();
            await().untilAsserted(() -> assertThat(view(intent.getKey())).isEqualTo(asShownNow(intent.getValue())));
        }
    }

    /**
     * A recorded intent as the ledger shows it since charges have one rendering (docs/api.md §15.2): the expanded
     * latest_charge gained balance_transaction (the books' id once captured, §16) and its card's fingerprint, and a canceled authorization shows
     * its charge refunded (§15.6). Everything else is as recorded.
     */
    private static JsonNode asShownNow(JsonNode recordedIntent) {
        ObjectNode intent = recordedIntent.deepCopy();
        if (!(intent.get("latest_charge") instanceof ObjectNode charge)) {
            return intent;
        }
        boolean captured = charge.get("captured").asBoolean() && charge.get("amount_captured").asLong() > 0;
        charge.put("balance_transaction", captured ? BalanceTransactionIds.ofCharge(charge.get("id").asText()) : null);
        if (charge.path("payment_method_details").get("card") instanceof ObjectNode card) {
            JsonNode method = charge.get("payment_method").equals(intent.path("payment_method").path("id"))
                    ? intent.get("payment_method") : intent.path("last_payment_error").path("payment_method");
            card.set("fingerprint", method.path("card").path("fingerprint"));
        }
        if ("canceled".equals(intent.get("status").asText()) && "succeeded".equals(charge.get("status").asText())
                && !charge.get("captured").asBoolean()) {
            charge.set("amount_refunded", charge.get("amount"));
            charge.put("refunded", true);
        }
        return intent;
    }

    @Test
    void balancesAndApiEventsAreTheRecordedOnes() {
        // The recorded balances predate refunds: every currency shows refunded 0 now.
        JsonNode balances = recorded.get("balances").deepCopy();
        balances.get("currencies").forEach(currency ->
                ((ObjectNode) currency).put("refunded", 0));
        await().untilAsserted(() -> assertThat(api.get("/v1/balances")).isEqualTo(balances));
        // The recorded events predate charge and refund events: the intent events are unchanged, ids included.
        await().untilAsserted(() -> assertThat(api.get("/v1/events?limit=100&type=payment_intent.*"))
                .isEqualTo(recorded.get("events_api")));
        JsonNode charges = api.get("/v1/events?limit=100&type=charge.*").get("data");
        assertThat(charges).isNotEmpty();
        charges.forEach(event -> assertThat(recorded.get("intents")
                .has(event.get("data").get("object").get("payment_intent").asText())).isTrue());
    }

    @Test
    void theLedgerRegistersTheUpcasterOnce(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(PaymentIntentDetailsUpcaster.class)).hasSize(1);
    }

    @Test
    void theAggregateTakesCommandsOnImportedIntents() {
        String authorized = withStatus("requires_capture");
        JsonNode captured = api.post("/v1/payment_intents/" + authorized + "/capture", "amount_to_capture=600");
        assertThat(captured.get("status").asText()).isEqualTo("succeeded");
        assertThat(captured.get("amount_received").asLong()).isEqualTo(600);

        String waiting = withStatus("requires_confirmation");
        JsonNode confirmed = api.post("/v1/payment_intents/" + waiting + "/confirm", "payment_method=pm_card_visa");
        assertThat(confirmed.get("status").asText()).isEqualTo("succeeded");
        assertThat(confirmed.get("amount_received").asLong()).isEqualTo(5_100);

        String succeeded = withStatus("succeeded");
        JsonNode refused = api.refused("/v1/payment_intents/" + succeeded + "/cancel", "");
        assertThat(refused.get("error").get("code").asText()).isEqualTo("payment_intent_unexpected_state");
    }

    /** History stored before the event chain existed is its genesis: reported as such, not as a broken link. */
    @Test
    void verificationCountsTheImportedHistoryAsStoredBeforeHashing(@Autowired EventChainVerification chain) {
        ChainReport report = chain.verify();

        assertThat(report.intact()).as(String.valueOf(report.firstBreak())).isTrue();
        assertThat(report.eventsBeforeHashing()).isEqualTo(recorded.get("events").size());
    }

    private JsonNode view(String id) {
        return api.get("/v1/payment_intents/" + id + "?expand[]=latest_charge&expand[]=payment_method");
    }

    private String withStatus(String status) {
        Iterator<Map.Entry<String, JsonNode>> intents = recorded.get("intents").fields();
        while (intents.hasNext()) {
            Map.Entry<String, JsonNode> intent = intents.next();
            if (intent.getValue().get("status").asText().equals(status)) {
                await().untilAsserted(() -> assertThat(view(intent.getKey())).isEqualTo(asShownNow(intent.getValue())));
                return intent.getKey();
            }
        }
        throw new AssertionError("The fixture has no intent in " + status);
    }

    private static Object[] columns(JsonNode row) {
        return new Object[] {row.get("aggregateIdentifier").asText(), row.get("sequenceNumber").asLong(),
                row.get("type").asText(), row.get("eventIdentifier").asText(), bytes(row.get("metaData")),
                bytes(row.get("payload")), row.get("payloadRevision").isNull() ? null : row.get("payloadRevision").asText(),
                row.get("payloadType").asText(), row.get("timeStamp").asText()};
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return json == null || json.isNull() ? null : JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }
}
