package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.Customer;
import com.stripe.model.PaymentMethod;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerListPaymentMethodsParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resource-name API over HTTP (docs/api.md §19.1-19.2), with the seed document's request shapes: amount as a
 * string, customer and payment method as resource names, upper-case enums. The intents are the Stripe paths' intents.
 */
class ResourceNameApiTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "accounts/acct_e2e_alpha";
    private static final String INTENTS = "/v1/" + ACCOUNT + "/payment-intents";

    @Autowired
    JdbcTemplate jdbc;

    private String customer;

    @BeforeEach
    void aCustomer() throws Exception {
        customer = Customer.create(CustomerCreateParams.builder().setName("Names").build(), as(ALPHA)).getId();
    }

    /** The seed's create request: amount as a string, references as names, OFF_SESSION. */
    private String seed(String paymentMethod) {
        return """
                {"amount": "2000", "currency": "USD",
                 "customer": "%s/customers/%s",
                 "payment_method": "%s/payment-methods/%s",
                 "setup_future_usage": "OFF_SESSION",
                 "description": "Seed 002", "metadata": {"order": "A-1"}}""".formatted(ACCOUNT, customer, ACCOUNT,
                paymentMethod);
    }

    @Test
    void theSeedsCreateRequestPaysSavesTheCardAndAnswersInNames() throws Exception {
        HttpResponse<String> response = post(INTENTS, seed("pm_card_visa"), ALPHA);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(response.body());
        String name = intent.get("name").asText();
        assertThat(name).startsWith(ACCOUNT + "/payment-intents/pi_");
        assertThat(intent.get("amount").asText()).isEqualTo("2000");
        assertThat(intent.get("amount_received").asText()).isEqualTo("2000");
        assertThat(intent.get("currency").asText()).isEqualTo("USD");
        assertThat(intent.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(intent.get("setup_future_usage").asText()).isEqualTo("OFF_SESSION");
        assertThat(intent.get("capture_method").asText()).isEqualTo("AUTOMATIC");
        assertThat(intent.get("customer").asText()).isEqualTo(ACCOUNT + "/customers/" + customer);
        assertThat(intent.get("payment_method").asText()).startsWith(ACCOUNT + "/payment-methods/pm_");
        assertThat(intent.get("metadata").get("order").asText()).isEqualTo("A-1");
        assertThat(intent.get("create_time").asText()).endsWith("Z");
        assertThat(intent.has("id")).isFalse();

        String id = name.substring(name.lastIndexOf('/') + 1);
        JsonNode retrieved = JSON.readTree(send(request(INTENTS + "/" + id, ALPHA).GET()).body());
        assertThat(retrieved).isEqualTo(intent);
        JsonNode stripe = JSON.readTree(send(request("/v1/payment_intents/" + id, ALPHA).GET()).body());
        assertThat(stripe.get("status").asText()).isEqualTo("succeeded");
        assertThat(stripe.get("customer").asText()).isEqualTo(customer);
        // OFF_SESSION saved the card to the customer, as setup_future_usage does on the Stripe paths.
        assertThat(Customer.retrieve(customer, as(ALPHA)).listPaymentMethods(
                CustomerListPaymentMethodsParams.builder().build(), as(ALPHA)).getData())
                .extracting(PaymentMethod::getId)
                .containsExactly(intent.get("payment_method").asText().substring((ACCOUNT + "/payment-methods/")
                        .length()));
    }

    @Test
    void withoutAPaymentMethodTheIntentWaitsForOne() throws Exception {
        JsonNode intent = JSON.readTree(post(INTENTS, "{\"amount\":\"1500\",\"currency\":\"eur\"}", ALPHA).body());
        assertThat(intent.get("status").asText()).isEqualTo("REQUIRES_PAYMENT_METHOD");
        assertThat(intent.get("payment_method").isNull()).isTrue();
        assertThat(intent.get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void aDeclineIsTheIntentsStateWithItsLastPaymentError() throws Exception {
        HttpResponse<String> response = post(INTENTS, seed("pm_card_chargeDeclined"), ALPHA);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(response.body());
        assertThat(intent.get("status").asText()).isEqualTo("REQUIRES_PAYMENT_METHOD");
        JsonNode error = intent.get("last_payment_error");
        assertThat(error.get("code").asText()).isEqualTo("CARD_DECLINED");
        assertThat(error.get("decline_code").asText()).isEqualTo("GENERIC_DECLINE");
        assertThat(error.get("payment_method").asText()).startsWith(ACCOUNT + "/payment-methods/pm_");
    }

    @Test
    void badInputIsAStripeErrorAndWritesNothing() throws Exception {
        long events = lastEvent();
        assertError(post(INTENTS, seed("pm_card_visa").replace("\"2000\"", "\"twenty\""), ALPHA), 400,
                "parameter_invalid_integer", "amount");
        assertError(post(INTENTS, seed("pm_card_visa").replace("OFF_SESSION", "SOMETIMES"), ALPHA), 400, null,
                "setup_future_usage");
        assertError(post(INTENTS, seed("pm_card_visa").replace(ACCOUNT + "/payment-methods/", ""), ALPHA), 400,
                null, "payment_method");
        assertError(post(INTENTS, seed("pm_card_visa").replace("/customers/", "/devices/"), ALPHA), 400, null,
                "customer");
        assertError(post(INTENTS, seed("pm_card_visa").replace("\"USD\"", "\"USD\", \"colour\": \"red\""), ALPHA),
                400, "parameter_unknown", "colour");
        assertError(post(INTENTS, seed("pm_card_visa").replace("cus_", "cus_missing"), ALPHA), 400,
                "resource_missing", "customer");
        assertError(post(INTENTS, "{\"amount\":", ALPHA), 400, null, null);
        // Another account's names are as unknown as missing ones.
        assertError(post(INTENTS, seed("pm_card_visa").replace(ACCOUNT + "/payment-methods",
                "accounts/acct_e2e_beta/payment-methods"), ALPHA), 400, "resource_missing", "payment_method");
        assertThat(lastEvent()).isEqualTo(events);
    }

    @Test
    void anotherAccountsPathIsNotFoundWhateverTheKey() throws Exception {
        String id = idOf(JSON.readTree(post(INTENTS, seed("pm_card_visa"), ALPHA).body()));
        long events = lastEvent();

        assertError(post(INTENTS, "{\"amount\":\"1500\",\"currency\":\"usd\"}", BETA), 404, "resource_missing",
                null);
        assertError(send(request(INTENTS, BETA).GET()), 404, "resource_missing", null);
        assertError(send(request(INTENTS + "/" + id, BETA).GET()), 404, "resource_missing", null);
        assertError(send(request("/v1/accounts/acct_e2e_beta/payment-intents/" + id, BETA).GET()), 404,
                "resource_missing", null);
        assertThat(lastEvent()).isEqualTo(events);
    }

    @Test
    void pagesAreNewestFirstWithATokenForTheNext() throws Exception {
        String older = idOf(JSON.readTree(post(INTENTS, "{\"amount\":\"1000\",\"currency\":\"usd\"}", ALPHA).body()));
        String newer = idOf(JSON.readTree(post(INTENTS, "{\"amount\":\"1001\",\"currency\":\"usd\"}", ALPHA).body()));

        JsonNode first = JSON.readTree(send(request(INTENTS + "?page_size=1", ALPHA).GET()).body());
        assertThat(first.get("payment_intents")).hasSize(1);
        assertThat(idOf(first.get("payment_intents").get(0))).isEqualTo(newer);
        String token = first.get("next_page_token").asText();
        JsonNode second = JSON.readTree(send(request(INTENTS + "?page_size=1&page_token=" + token, ALPHA).GET())
                .body());
        assertThat(idOf(second.get("payment_intents").get(0))).isEqualTo(older);

        JsonNode mine = JSON.readTree(send(request(INTENTS + "?status=REQUIRES_PAYMENT_METHOD&page_size=100", ALPHA)
                .GET()).body());
        assertThat(mine.get("payment_intents").findValuesAsText("status")).containsOnly("REQUIRES_PAYMENT_METHOD");
        assertError(send(request(INTENTS + "?page_size=0", ALPHA).GET()), 400, null, "page_size");
        assertError(send(request(INTENTS + "?page_token=pi_missing", ALPHA).GET()), 400, "resource_missing",
                "page_token");
    }

    @Test
    void anAccountWithoutPaymentsIsRefusedOnEveryPathThatTakesOne() throws Exception {
        long events = lastEvent();
        String own = "/v1/accounts/acct_e2e_no_payments/payment-intents";
        assertError(post(own, "{\"amount\":\"1500\",\"currency\":\"usd\",\"payment_method\":"
                + "\"accounts/acct_e2e_no_payments/payment-methods/pm_card_visa\"}", NO_PAYMENTS), 403, null, null);
        HttpResponse<String> stripe = send(request("/v1/payment_intents", NO_PAYMENTS)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=1500&currency=usd")));
        JsonNode error = assertError(stripe, 403, null, null);
        assertThat(error.get("message").asText()).contains("payments");
        assertThat(lastEvent()).isEqualTo(events);
        // Reading is not taking a payment.
        assertThat(send(request(own, NO_PAYMENTS).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRestrictedKeyNeedsThePaymentIntentsPermission() throws Exception {
        assertThat(send(request(INTENTS, READER).GET()).statusCode()).isEqualTo(200);
        assertError(post(INTENTS, "{\"amount\":\"1500\",\"currency\":\"usd\"}", READER), 403, null, null);
    }

    static String idOf(JsonNode intent) {
        String name = intent.get("name").asText();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private JsonNode assertError(HttpResponse<String> response, int status, String code, String param)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        if (code != null) {
            assertThat(error.get("code").asText()).as(response.body()).isEqualTo(code);
        }
        if (param != null) {
            assertThat(error.get("param").asText()).as(response.body()).isEqualTo(param);
        }
        return error;
    }

    HttpResponse<String> post(String path, String body, String key) {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
