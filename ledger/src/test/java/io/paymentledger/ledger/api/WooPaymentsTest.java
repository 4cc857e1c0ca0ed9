package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.Customer;
import com.stripe.param.CustomerCreateParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WooPayments' create route over HTTP (docs/api.md §18.1): the document's example, its response shape, WordPress's
 * error envelope for every refusal (nothing written), idempotency and account isolation.
 */
class WooPaymentsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/wp-json/wc/v3/payments/payment_intents";
    /**
     * The document's example body, adapted where the ledger needs it: its Stripe pm_ id does not exist here, so the
     * test Visa pm_card_visa pays; its customer is one of this ledger's (cus_123abc is not); amount and currency are
     * added (the ledger keeps no orders, docs/api.md §18.1).
     */
    private static final String EXAMPLE = """
            {"payment_method": "pm_card_visa", "customer": "cus_123abc", "order_id": 42,
             "amount": 8000, "currency": "USD"}""";

    @Autowired
    JdbcTemplate jdbc;

    private String customer;
    private String example;

    @BeforeEach
    void aCustomerToPayFor() throws Exception {
        customer = Customer.create(CustomerCreateParams.builder().setName("Woo").build(), as(ALPHA)).getId();
        example = EXAMPLE.replace("cus_123abc", customer);
    }

    @Test
    void theDocumentsExampleSucceedsInWooPaymentsShapeAndIsAStripeIntentToo() throws Exception {
        HttpResponse<String> response = post(example, basic(WOO_KEY, WOO_SECRET), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(response.body());
        assertThat(intent.has("object")).isFalse();
        assertThat(intent.get("id").asText()).startsWith("pi_");
        assertThat(intent.get("amount").asLong()).isEqualTo(8000);
        assertThat(intent.get("currency").asText()).isEqualTo("USD");
        assertThat(intent.get("customer").asText()).isEqualTo(customer);
        assertThat(intent.get("status").asText()).isEqualTo("succeeded");
        assertThat(intent.get("order_id").asText()).isEqualTo("42");
        assertThat(intent.get("created").asLong()).isLessThan(10_000_000_000L);
        JsonNode charge = intent.get("charge");
        assertThat(charge.has("object")).isFalse();
        assertThat(charge.get("id").asText()).startsWith("ch_");
        assertThat(charge.get("amount").asLong()).isEqualTo(8000);
        assertThat(charge.get("application_fee_amount").asLong()).isZero();
        assertThat(charge.get("currency").asText()).isEqualTo("USD");
        assertThat(charge.get("status").asText()).isEqualTo("succeeded");
        assertThat(charge.get("billing_details").has("address")).isTrue();
        assertThat(charge.get("payment_method_details").get("card").get("last4").asText()).isEqualTo("4242");

        JsonNode stripe = JSON.readTree(send(request("/v1/payment_intents/" + intent.get("id").asText(), ALPHA)
                .GET()).body());
        assertThat(stripe.get("status").asText()).isEqualTo("succeeded");
        assertThat(stripe.get("metadata").get("order_id").asText()).isEqualTo("42");
        assertThat(stripe.get("latest_charge").asText()).isEqualTo(charge.get("id").asText());
    }

    @Test
    void credentialsOtherThanAConfiguredPairAreRestForbiddenAndWriteNothing() throws Exception {
        long events = lastEvent();
        for (String authorization : new String[] {null, basic(WOO_KEY, WOO_BETA_SECRET), basic(WOO_KEY, ""),
                basic(ALPHA, ""), "Bearer " + ALPHA, "Basic not-base64!", basic("ck_unknown", WOO_SECRET)}) {
            HttpResponse<String> response = post(example, authorization, null);
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("code").asText()).isEqualTo("rest_forbidden");
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("data").get("status").asInt()).isEqualTo(401);
            assertThat(error.has("error")).isFalse();
        }
        // The pair is not an API key either.
        HttpResponse<String> stripe = send(request("/v1/payment_intents", WOO_KEY).GET());
        assertThat(stripe.statusCode()).isEqualTo(401);
        assertThat(lastEvent()).isEqualTo(events);
    }

    @Test
    void badBodiesAnswerWordPressErrorsAndWriteNothing() throws Exception {
        long events = lastEvent();
        assertError(post("{\"payment_method\":\"pm_card_visa\",\"customer\":\"" + customer + "\",\"order_id\":42}"),
                400, "rest_missing_callback_param", "amount");
        assertError(post("{\"payment_method\":\"pm_card_visa\",\"customer\":\"" + customer + "\",\"amount\":8000,"
                + "\"currency\":\"usd\"}"), 400, "rest_missing_callback_param", "order_id");
        assertError(post(example.replace("}", ",\"capture_method\":\"manual\"}")), 400, "rest_invalid_param",
                "capture_method");
        assertError(post(example.replace("8000", "10")), 400, "wcpay_amount_too_small", "amount");
        assertError(post(example.replace("pm_card_visa", "pm_nope")), 400, "wcpay_resource_missing",
                "payment_method");
        assertError(post("{\"amount\":"), 400, "rest_invalid_param", null);
        assertThat(lastEvent()).isEqualTo(events);
    }

    @Test
    void aDeclinedCardIsAWcpayCardErrorNamingTheIntent() throws Exception {
        HttpResponse<String> response = post(example.replace("pm_card_visa", "pm_card_chargeDeclined"));
        JsonNode error = assertError(response, 402, "wcpay_card_declined", null);
        assertThat(error.get("data").get("decline_code").asText()).isEqualTo("generic_decline");
        String intent = error.get("data").get("payment_intent").asText();
        JsonNode stripe = JSON.readTree(send(request("/v1/payment_intents/" + intent, ALPHA).GET()).body());
        assertThat(stripe.get("status").asText()).isEqualTo("requires_payment_method");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() throws Exception {
        String key = uniqueKey();
        HttpResponse<String> first = post(example, basic(WOO_KEY, WOO_SECRET), key);
        HttpResponse<String> again = post(example, basic(WOO_KEY, WOO_SECRET), key);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void anotherAccountsKeysCannotSeeTheIntent() throws Exception {
        String id = JSON.readTree(post(example).body()).get("id").asText();
        assertThat(send(request("/v1/payment_intents/" + id, BETA).GET()).statusCode()).isEqualTo(404);
        String betaCustomer = Customer.create(CustomerCreateParams.builder().setName("Woo").build(), as(BETA)).getId();
        HttpResponse<String> beta = post(example.replace(customer, betaCustomer), basic(WOO_BETA_KEY, WOO_BETA_SECRET),
                null);
        // Another account's customer is as unknown as a missing one.
        assertThat(post(example.replace(customer, betaCustomer)).statusCode()).isEqualTo(400);
        assertThat(send(request("/v1/payment_intents/" + JSON.readTree(beta.body()).get("id").asText(), ALPHA)
                .GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void otherMethodsAndUnknownWordPressRoutesAnswerInWordPressShape() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
                .header("Authorization", basic(WOO_KEY, WOO_SECRET)).GET());
        assertThat(JSON.readTree(get.body()).get("code").asText()).isEqualTo("rest_no_route");
        assertThat(get.statusCode()).isEqualTo(404);
    }

    private JsonNode assertError(HttpResponse<String> response, int status, String code, String param)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(error.get("data").get("status").asInt()).isEqualTo(status);
        if (param != null) {
            assertThat(error.get("data").get("param").asText()).isEqualTo(param);
        }
        return error;
    }

    private HttpResponse<String> post(String body) {
        return post(body, basic(WOO_KEY, WOO_SECRET), null);
    }

    private HttpResponse<String> post(String body, String authorization, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
