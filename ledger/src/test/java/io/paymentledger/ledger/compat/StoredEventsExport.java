package io.paymentledger.ledger.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paymentledger.ledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool, not a test: drives a realistic set of intents through the standalone ledger and writes the stored event
 * and snapshot rows, with what the API then answers, to {@code src/test/resources/compat/}. The committed file was
 * recorded by the code of its time; {@link StoredEventsCompatibilityTest} proves today's code still reads it. Run
 * it only to record a new fixture: {@code ./mvnw -pl ledger -am verify -Dtest=StoredEventsExport
 * -Dsurefire.failIfNoSpecifiedTests=false -DexportStoredEvents=src/test/resources/compat/events-1.json}.
 */
@EnabledIfSystemProperty(named = "exportStoredEvents", matches = ".+")
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredEventsExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("ledger-export-");
        properties.add("ledger.data-dir", dataDir::toString);
        properties.add("ledger.gateway.api-keys", () -> FixtureApi.API_KEY + "=" + FixtureApi.ACCOUNT);
        properties.add("ledger.payments.snapshot-threshold", () -> "4");
        properties.add("ledger.payments.settlement-delay", () -> "1h");
    }

    @Test
    void recordsStoredEventsAndTheirViews() throws Exception {
        FixtureApi api = new FixtureApi("http://localhost:" + port);
        List<String> ids = drive(api);
        ObjectNode fixture = JSON.createObjectNode();
        fixture.put("account", FixtureApi.ACCOUNT);
        fixture.set("events", rows("SELECT * FROM DomainEventEntry ORDER BY globalIndex"));
        fixture.set("snapshots", rows("SELECT * FROM SnapshotEventEntry ORDER BY aggregateIdentifier, sequenceNumber"));
        ObjectNode views = fixture.putObject("intents");
        for (String id : ids) {
            views.set(id, api.get("/v1/payment_intents/" + id + "?expand[]=latest_charge&expand[]=payment_method"));
        }
        fixture.set("balances", api.awaitStable("/v1/balances"));
        fixture.set("events_api", api.awaitStable("/v1/events?limit=100"));
        Files.writeString(Path.of(System.getProperty("exportStoredEvents")), JSON.writeValueAsString(fixture));
    }

    /** Create, update, confirm with test cards (declines, 3-D Secure, processing), capture and cancel. */
    private static List<String> drive(FixtureApi api) {
        List<String> ids = new ArrayList<>();
        String full = api.create("amount=2000&currency=usd&capture_method=manual&description=Order%20A-1"
                + "&metadata[order_id]=A-1&receipt_email=buyer%40example.com&customer=cus_fixture"
                + "&statement_descriptor_suffix=A1"
                + "&shipping[name]=Jenny%20Rosen&shipping[address][line1]=1%20Main%20St&shipping[address][city]=Berlin"
                + "&shipping[address][country]=DE&shipping[carrier]=DHL&shipping[tracking_number]=T1");
        api.post("/v1/payment_intents/" + full, "amount=2500&metadata[note]=gift&description=Order%20A-1b");
        api.post("/v1/payment_intents/" + full + "/confirm", "payment_method=pm_card_visa");
        api.post("/v1/payment_intents/" + full + "/capture", "amount_to_capture=1500&metadata[captured]=yes");
        ids.add(full);

        String captured = api.create("amount=3000&currency=eur&capture_method=manual&payment_method=pm_card_mastercard");
        api.post("/v1/payment_intents/" + captured + "/confirm", "");
        api.post("/v1/payment_intents/" + captured + "/capture", "");
        ids.add(captured);

        String declinedThenPaid = api.create("amount=1200&currency=usd&payment_method=pm_card_chargeDeclined&confirm=true");
        api.post("/v1/payment_intents/" + declinedThenPaid + "/confirm", "payment_method=pm_card_visa");
        ids.add(declinedThenPaid);

        String insufficient = api.create("amount=999&currency=gbp&payment_method=pm_card_chargeDeclinedInsufficientFunds"
                + "&confirm=true&metadata[kind]=insufficient");
        ids.add(insufficient);

        String authenticated = api.create("amount=4200&currency=usd&payment_method_types[]=card");
        api.post("/v1/payment_intents/" + authenticated + "/confirm",
                "payment_method=pm_card_authenticationRequired&return_url=https%3A%2F%2Fshop.example%2Fdone");
        api.post("/v1/test_helpers/payment_intents/" + authenticated + "/authenticate", "outcome=succeed");
        ids.add(authenticated);

        String failedAuthentication = api.create("amount=4300&currency=usd&confirmation_method=manual");
        api.post("/v1/payment_intents/" + failedAuthentication + "/confirm", "payment_method=pm_card_threeDSecure2Required");
        api.post("/v1/test_helpers/payment_intents/" + failedAuthentication + "/authenticate", "outcome=fail");
        ids.add(failedAuthentication);

        String abandoned = api.create("amount=5000&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true");
        api.post("/v1/payment_intents/" + abandoned, "amount=5100");
        ids.add(abandoned);

        String settled = api.create("amount=6000&currency=usd&payment_method=pm_test_processing_succeeds&confirm=true");
        api.post("/v1/test_helpers/payment_intents/" + settled + "/settle", "");
        ids.add(settled);

        String settlementFailed = api.create("amount=6100&currency=usd&payment_method=pm_test_processing_fails&confirm=true");
        api.post("/v1/test_helpers/payment_intents/" + settlementFailed + "/settle", "");
        ids.add(settlementFailed);

        String canceled = api.create("amount=700&currency=usd&metadata[a]=1&metadata[b]=2");
        api.post("/v1/payment_intents/" + canceled, "metadata[a]=&description=gone&customer=cus_x");
        api.post("/v1/payment_intents/" + canceled + "/cancel", "cancellation_reason=requested_by_customer");
        ids.add(canceled);

        String released = api.create("amount=800&currency=usd&capture_method=manual&payment_method=pm_card_amex&confirm=true");
        api.post("/v1/payment_intents/" + released + "/cancel", "");
        ids.add(released);

        String detached = api.create("amount=900&currency=usd&payment_method=pm_card_visa&description=to%20clear"
                + "&setup_future_usage=off_session&payment_method_options[card][request_three_d_secure]=any");
        api.post("/v1/payment_intents/" + detached, "payment_method=&description=&setup_future_usage=&shipping=");
        ids.add(detached);

        String authorized = api.create("amount=1100&currency=usd&capture_method=manual&payment_method=pm_card_visa"
                + "&confirm=true&metadata[left]=requires_capture");
        ids.add(authorized);

        String open = api.create("amount=1000&currency=jpy&automatic_payment_methods[enabled]=true");
        ids.add(open);
        return ids;
    }

    private ArrayNode rows(String sql) {
        ArrayNode rows = JSON.createArrayNode();
        jdbc.query(sql, resultSet -> {
            ObjectNode row = rows.addObject();
            row.put("aggregateIdentifier", resultSet.getString("aggregateIdentifier"));
            row.put("sequenceNumber", resultSet.getLong("sequenceNumber"));
            row.put("type", resultSet.getString("type"));
            row.put("eventIdentifier", resultSet.getString("eventIdentifier"));
            row.put("timeStamp", resultSet.getString("timeStamp"));
            row.put("payloadType", resultSet.getString("payloadType"));
            row.put("payloadRevision", resultSet.getString("payloadRevision"));
            row.set("payload", tree(resultSet.getBytes("payload")));
            row.set("metaData", tree(resultSet.getBytes("metaData")));
        });
        return rows;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return json == null ? null : JSON.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
