package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.ledger.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transfers over HTTP (docs/api.md §19.4): made when the payment succeeds, posted in both accounts' books with
 * their balance transactions and API events, reversed in proportion by refunds; refused without the capability or
 * with bad destinations, writing nothing; read back by the paying account alone through {@code GET /v1/transfers}.
 * The destination is the account that may not take payments but may receive transfers.
 */
class TransfersApiTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final String INTENTS = "/v1/accounts/acct_e2e_alpha/payment-intents";
    private static final String DESTINATION = "accounts/acct_e2e_no_payments";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSucceededPaymentTransfersAndARefundReversesInProportion() throws Exception {
        JsonNode intent = create("{\"amount\":\"10000\",\"currency\":\"USD\",\"payment_method\":"
                + "\"accounts/acct_e2e_alpha/payment-methods/pm_card_visa\",\"transfers\":[{\"destination\":\""
                + DESTINATION + "\",\"amount\":\"2501\"}]}");
        assertThat(intent.get("status").asText()).isEqualTo("SUCCEEDED");
        String id = intent.get("name").asText().replaceAll(".*/", "");

        JsonNode created = awaitEvent("transfer.created", id);
        HttpResponse<String> event = send(request("/v1/events/" + created.get("id").asText(), ALPHA).GET());
        assertThat(DOCUMENT.validate("GetEventsId", 200, event.body())).as(event.body()).isEmpty();
        JsonNode transfer = created.get("data").get("object");
        assertThat(transfer.get("object").asText()).isEqualTo("transfer");
        assertThat(transfer.get("amount").asLong()).isEqualTo(2501);
        assertThat(transfer.get("destination").asText()).isEqualTo("acct_e2e_no_payments");
        assertThat(transfer.get("source_transaction").asText()).isEqualTo(intent.get("latest_charge").asText());
        String transferId = transfer.get("id").asText();
        JsonNode received = awaitTransaction(NO_PAYMENTS, transferId, "transfer");
        assertThat(received.get("amount").asLong()).isEqualTo(2501);
        assertThat(awaitTransaction(ALPHA, transferId, "transfer").get("amount").asLong()).isEqualTo(-2501);

        HttpResponse<String> refund = send(request("/v1/refunds", ALPHA)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payment_intent=" + id + "&amount=5000")));
        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(200);
        JsonNode reversed = awaitEvent("transfer.reversed", id).get("data").get("object");
        // Half the charge refunded: 2501 / 2 = 1250.5, rounded down.
        assertThat(reversed.get("amount_reversed").asLong()).isEqualTo(1250);
        assertThat(reversed.get("reversed").asBoolean()).isFalse();
        JsonNode takenBack = await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode txn : transactions(NO_PAYMENTS, "transfer_refund")) {
                if (txn.get("amount").asLong() == -1250) {
                    return txn;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
        assertThat(takenBack.get("source").asText()).startsWith("trr_");
        assertThat(takenBack.get("reporting_category").asText()).isEqualTo("transfer_reversal");
        assertTheEndpointsShow(transferId, takenBack.get("source").asText(), JSON.readTree(refund.body()));
    }

    /** GET /v1/transfers and its reversals show the payer what the events showed, with the real reversals. */
    private void assertTheEndpointsShow(String transferId, String reversalId, JsonNode refund) throws Exception {
        HttpResponse<String> retrieved = await().atMost(Duration.ofSeconds(30)).until(() -> send(
                request("/v1/transfers/" + transferId, ALPHA).GET()), r -> r.body().contains(reversalId));
        assertThat(DOCUMENT.validate("GetTransfersTransfer", 200, retrieved.body())).as(retrieved.body()).isEmpty();
        JsonNode transfer = JSON.readTree(retrieved.body());
        assertThat(transfer.get("amount_reversed").asLong()).isEqualTo(1250);
        JsonNode reversal = transfer.get("reversals").get("data").get(0);
        assertThat(reversal.get("id").asText()).isEqualTo(reversalId);
        assertThat(reversal.get("amount").asLong()).isEqualTo(1250);
        assertThat(reversal.get("source_refund").asText()).isEqualTo(refund.get("id").asText());

        HttpResponse<String> listed = send(request("/v1/transfers?limit=100&transfer_group="
                + transfer.get("transfer_group").asText(), ALPHA).GET());
        assertThat(DOCUMENT.validate("GetTransfers", 200, listed.body())).as(listed.body()).isEmpty();
        assertThat(JSON.readTree(listed.body()).get("data")).singleElement().isEqualTo(transfer);
        HttpResponse<String> reversals = send(request("/v1/transfers/" + transferId + "/reversals", ALPHA).GET());
        assertThat(DOCUMENT.validate("GetTransfersTransferReversals", 200, reversals.body())).as(reversals.body())
                .isEmpty();
        assertThat(JSON.readTree(reversals.body()).get("data")).singleElement().isEqualTo(reversal);
        HttpResponse<String> one = send(request("/v1/transfers/" + transferId + "/reversals/" + reversalId, ALPHA)
                .GET());
        assertThat(DOCUMENT.validate("GetTransfersTransferReversalsReversal", 200, one.body())).as(one.body())
                .isEmpty();
        assertThat(JSON.readTree(one.body())).isEqualTo(reversal);

        // The destination and any other account see nothing of it.
        for (String other : new String[] {NO_PAYMENTS, BETA}) {
            for (String path : new String[] {"/v1/transfers/" + transferId, "/v1/transfers/" + transferId
                    + "/reversals", "/v1/transfers/" + transferId + "/reversals/" + reversalId}) {
                HttpResponse<String> hidden = send(request(path, other).GET());
                assertThat(hidden.statusCode()).as(path + " " + hidden.body()).isEqualTo(404);
                assertThat(JSON.readTree(hidden.body()).get("error").get("code").asText())
                        .isEqualTo("resource_missing");
            }
            assertThat(JSON.readTree(send(request("/v1/transfers?limit=100", other).GET()).body()).get("data")
                    .findValuesAsText("id")).doesNotContain(transferId);
        }
        HttpResponse<String> unknown = send(request("/v1/transfers?amount=1", ALPHA).GET());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").get("code").asText()).isEqualTo("parameter_unknown");
    }

    @Test
    void transfersAreRefusedWithoutTheCapabilityOrWithBadDestinationsAndWriteNothing() throws Exception {
        long events = lastEvent();
        String pay = "{\"amount\":\"10000\",\"currency\":\"usd\",\"payment_method\":\"accounts/%s/payment-methods/"
                + "pm_card_visa\",\"transfers\":%s}";
        HttpResponse<String> noCapability = send(request("/v1/accounts/acct_e2e_no_transfers/payment-intents",
                NO_TRANSFERS).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                pay.formatted("acct_e2e_no_transfers", "[{\"destination\":\"" + DESTINATION
                        + "\",\"amount\":\"100\"}]"))));
        assertThat(noCapability.statusCode()).as(noCapability.body()).isEqualTo(403);
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"accounts/acct_e2e_no_transfers\","
                + "\"amount\":\"100\"}]"), 400, "transfers[0][destination]");
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"accounts/acct_nobody\","
                + "\"amount\":\"100\"}]"), 400, "transfers[0][destination]");
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"accounts/acct_e2e_alpha\","
                + "\"amount\":\"100\"}]"), 400, "transfers[0][destination]");
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"" + DESTINATION + "\",\"amount\":\"1\"},"
                + "{\"destination\":\"" + DESTINATION + "\",\"amount\":\"1\"}]"), 400, "transfers[1][destination]");
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"" + DESTINATION
                + "\",\"amount\":\"10001\"}]"), 400, "transfers");
        assertRefused(pay.formatted("acct_e2e_alpha", "[{\"destination\":\"" + DESTINATION
                + "\",\"amount\":\"0\"}]"), 400, "transfers[0][amount]");
        assertRefused(pay.formatted("acct_e2e_alpha", "\"" + DESTINATION + "\""), 400, "transfers");
        assertThat(lastEvent()).isEqualTo(events);
    }

    private void assertRefused(String body, int status, String param) throws Exception {
        HttpResponse<String> response = send(request(INTENTS, ALPHA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").get("param").asText()).as(response.body())
                .isEqualTo(param);
    }

    private JsonNode create(String body) throws Exception {
        HttpResponse<String> response = send(request(INTENTS, ALPHA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitEvent(String type, String intentId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode list = JSON.readTree(send(request("/v1/events?type=" + type + "&limit=100", ALPHA).GET()).body());
            for (JsonNode event : list.get("data")) {
                if (event.toString().contains(intentId)) {
                    return event;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private JsonNode awaitTransaction(String key, String source, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode txn : transactions(key, type)) {
                if (txn.get("source").asText().equals(source)) {
                    return txn;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private JsonNode transactions(String key, String type) throws Exception {
        return JSON.readTree(send(request("/v1/balance_transactions?limit=100&type=" + type, key).GET()).body())
                .get("data");
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
