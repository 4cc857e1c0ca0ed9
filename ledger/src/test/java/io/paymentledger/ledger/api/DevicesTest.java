package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payments on simulated terminals over HTTP (docs/api.md §19.3): a confirmation on a device answers PROCESSING and
 * ends, through the persistent settlement deadline, SUCCEEDED or back at REQUIRES_PAYMENT_METHOD naming the device.
 */
class DevicesTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "accounts/acct_e2e_alpha";
    private static final String INTENTS = "/v1/" + ACCOUNT + "/payment-intents";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTheAccountsSimulatedTerminals() throws Exception {
        HttpResponse<String> response = send(request("/v1/" + ACCOUNT + "/devices", ALPHA).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode devices = JSON.readTree(response.body()).get("devices");
        assertThat(devices.findValuesAsText("name")).containsExactly(ACCOUNT + "/devices/tmr_test_approves",
                ACCOUNT + "/devices/tmr_test_declines", ACCOUNT + "/devices/tmr_test_times_out");
        assertThat(devices.findValuesAsText("behavior")).containsExactly("APPROVES", "DECLINES", "TIMES_OUT");
        assertThat(send(request("/v1/accounts/acct_e2e_beta/devices", ALPHA).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void anApprovingTerminalAnswersProcessingThenSucceeds() throws Exception {
        JsonNode intent = payOn("tmr_test_approves");
        assertThat(intent.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(intent.get("payment_method").asText()).startsWith(ACCOUNT + "/payment-methods/pm_");

        JsonNode done = awaitLeaving(intent);
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("amount_received").asText()).isEqualTo("3000");
        JsonNode paymentMethod = JSON.readTree(send(request("/v1/payment_methods/" + idOf(done.get("payment_method")),
                ALPHA).GET()).body());
        assertThat(paymentMethod.get("type").asText()).isEqualTo("card_present");
        assertThat(paymentMethod.get("card_present").get("last4").asText()).isEqualTo("4242");
    }

    @Test
    void aDecliningTerminalLeavesTheIntentWaitingForAPaymentMethodNamingTheDevice() throws Exception {
        JsonNode done = awaitLeaving(payOn("tmr_test_declines"));
        assertThat(done.get("status").asText()).isEqualTo("REQUIRES_PAYMENT_METHOD");
        assertThat(done.get("last_payment_error").get("code").asText()).isEqualTo("CARD_DECLINED");
        assertThat(done.get("last_payment_error").get("device").asText())
                .isEqualTo(ACCOUNT + "/devices/tmr_test_declines");
    }

    @Test
    void aTerminalThatTimesOutFailsWithTheReadersTimeout() throws Exception {
        JsonNode done = awaitLeaving(payOn("tmr_test_times_out"));
        assertThat(done.get("status").asText()).isEqualTo("REQUIRES_PAYMENT_METHOD");
        assertThat(done.get("last_payment_error").get("code").asText()).isEqualTo("TERMINAL_READER_TIMEOUT");
        assertThat(done.get("last_payment_error").get("device").asText())
                .isEqualTo(ACCOUNT + "/devices/tmr_test_times_out");
        // A failure without a decline code renders on the Stripe paths too.
        HttpResponse<String> charge = send(request("/v1/charges/" + done.get("latest_charge").asText(), ALPHA).GET());
        assertThat(charge.statusCode()).as(charge.body()).isEqualTo(200);
        assertThat(JSON.readTree(charge.body()).get("outcome").get("type").asText()).isEqualTo("issuer_declined");
    }

    @Test
    void badDevicesAreStripeErrorsAndWriteNothing() throws Exception {
        long events = lastEvent();
        assertError(post("{\"amount\":\"3000\",\"currency\":\"usd\",\"device\":\"" + ACCOUNT
                + "/devices/tmr_nope\"}"), "resource_missing", "device");
        assertError(post("{\"amount\":\"3000\",\"currency\":\"usd\",\"device\":"
                + "\"accounts/acct_e2e_beta/devices/tmr_test_approves\"}"), "resource_missing", "device");
        assertError(post("{\"amount\":\"3000\",\"currency\":\"usd\",\"device\":\"tmr_test_approves\"}"), null,
                "device");
        assertError(post("{\"amount\":\"3000\",\"currency\":\"usd\",\"device\":\"" + ACCOUNT
                + "/devices/tmr_test_approves\",\"payment_method\":\"" + ACCOUNT
                + "/payment-methods/pm_card_visa\"}"), "parameters_exclusive", "device");
        assertError(post("{\"amount\":\"30\",\"currency\":\"usd\",\"device\":\"" + ACCOUNT
                + "/devices/tmr_test_approves\"}"), "amount_too_small", "amount");
        assertThat(lastEvent()).isEqualTo(events);
    }

    private JsonNode payOn(String device) throws Exception {
        HttpResponse<String> response = post("{\"amount\":\"3000\",\"currency\":\"USD\",\"device\":\"" + ACCOUNT
                + "/devices/" + device + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The intent once its terminal has answered (the test devices answer within seconds). */
    private JsonNode awaitLeaving(JsonNode processing) {
        String path = INTENTS + "/" + idOf(processing.get("name"));
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> JSON.readTree(send(request(path, ALPHA).GET()).body()),
                        intent -> !"PROCESSING".equals(intent.get("status").asText()));
    }

    private static String idOf(JsonNode name) {
        return name.asText().substring(name.asText().lastIndexOf('/') + 1);
    }

    private static void assertError(HttpResponse<String> response, String code, String param) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        if (code != null) {
            assertThat(error.get("code").asText()).as(response.body()).isEqualTo(code);
        }
        assertThat(error.get("param").asText()).as(response.body()).isEqualTo(param);
    }

    private HttpResponse<String> post(String body) {
        return send(request(INTENTS, ALPHA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
