package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;

/** Our extensions: 3-D Secure (test helper and hosted page), settlement, history, as_of, balances, CSV, docs. */
class ExtensionsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETURN_URL = "https://merchant.example/return";

    @Test
    void completesThreeDSecureThroughTheTestHelper() throws Exception {
        PaymentIntent pending = needingAuthentication(ALPHA);
        assertThat(pending.getStatus()).isEqualTo("requires_action");
        assertThat(pending.getNextAction().getType()).isEqualTo("redirect_to_url");
        HttpResponse<String> authenticated = post("/v1/test_helpers/payment_intents/" + pending.getId()
                + "/authenticate", ALPHA, "outcome=succeed");
        assertThat(authenticated.statusCode()).as(authenticated.body()).isEqualTo(200);
        assertThat(JSON.readTree(authenticated.body()).get("status").asText()).isEqualTo("succeeded");
        assertThat(PaymentIntent.retrieve(pending.getId(), as(ALPHA)).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void failedAuthenticationThroughTheTestHelperAnswersTheIntentWithItsPaymentError() throws Exception {
        PaymentIntent pending = needingAuthentication(ALPHA);
        HttpResponse<String> failed = post("/v1/test_helpers/payment_intents/" + pending.getId()
                + "/authenticate", ALPHA, "outcome=fail");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(failed.body());
        assertThat(intent.get("status").asText()).isEqualTo("requires_payment_method");
        assertThat(intent.get("last_payment_error").get("code").asText())
                .isEqualTo("payment_intent_authentication_failure");
    }

    @Test
    void failingOnTheHostedPageRedirectsBackAndRequiresAPaymentMethodAgain() throws Exception {
        PaymentIntent pending = needingAuthentication(ALPHA);
        URI page = URI.create(pending.getNextAction().getRedirectToUrl().getUrl());
        String secret = pending.getClientSecret();
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(baseUrl() + page.getRawPath() + "?"
                + page.getRawQuery())));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Complete").contains("Fail");
        HttpResponse<String> failed = send(HttpRequest.newBuilder(URI.create(baseUrl() + page.getRawPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_secret=" + secret + "&outcome=fail")));
        assertThat(failed.statusCode()).isEqualTo(303);
        assertThat(failed.headers().firstValue("Location")).contains(RETURN_URL + "?payment_intent="
                + pending.getId() + "&payment_intent_client_secret=" + secret + "&redirect_status=failed");
        PaymentIntent after = PaymentIntent.retrieve(pending.getId(), as(ALPHA));
        assertThat(after.getStatus()).isEqualTo("requires_payment_method");
        assertThat(after.getLastPaymentError().getCode()).isEqualTo("payment_intent_authentication_failure");
    }

    @Test
    void settlesAProcessingPaymentOnRequest() throws Exception {
        PaymentIntent processing = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                .setCurrency("usd").setPaymentMethod("pm_test_processing_succeeds").setConfirm(true).build(),
                as(ALPHA));
        assertThat(processing.getStatus()).isEqualTo("processing");
        HttpResponse<String> settled = post("/v1/test_helpers/payment_intents/" + processing.getId() + "/settle",
                ALPHA, "");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(JSON.readTree(settled.body()).get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void showsTheHistoryWithTheRequestsThatCausedIt() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 2_500);
        String requestId = intent.getLastResponse().headers().firstValue("Request-Id").orElseThrow();
        JsonNode history = getJson("/v1/payment_intents/" + intent.getId() + "/history", ALPHA);
        assertThat(history.get("data").size()).isGreaterThanOrEqualTo(2);
        assertThat(history.get("data").get(0).get("metadata").get("requestId").asText()).isEqualTo(requestId);
        assertThat(history.get("data").get(0).get("metadata").get("apiKeyId").asText()).isEqualTo("1111");
        assertThat(history.toString()).doesNotContain(ALPHA);

        JsonNode firstPage = getJson("/v1/payment_intents/" + intent.getId() + "/history?limit=1", ALPHA);
        assertThat(firstPage.get("data")).hasSize(1);
        assertThat(firstPage.get("has_more").asBoolean()).isTrue();
        JsonNode rest = getJson("/v1/payment_intents/" + intent.getId() + "/history?starting_after=0", ALPHA);
        assertThat(rest.get("data").get(0).get("sequence_number").asLong()).isEqualTo(1);
        assertThat(rest.get("data")).hasSize(history.get("data").size() - 1);
    }

    @Test
    void showsAnIntentAsItWasAtAnEarlierMoment() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 2_500);
        intent.capture(as(ALPHA));
        long later = Instant.now().plusSeconds(60).getEpochSecond();
        assertThat(getJson("/v1/payment_intents/" + intent.getId() + "?as_of=" + later, ALPHA)
                .get("status").asText()).isEqualTo("succeeded");
        HttpResponse<String> before = send(request("/v1/payment_intents/" + intent.getId() + "?as_of="
                + (intent.getCreated() - 1), ALPHA).GET());
        assertThat(before.statusCode()).isEqualTo(404);
    }

    @Test
    void totalsCapturedAndCapturableAmountsPerCurrency() throws Exception {
        authorized(TOTALS, 3_000).capture(as(TOTALS));
        authorized(TOTALS, 2_000);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode usd = getJson("/v1/balances", TOTALS).get("currencies").get(0);
            assertThat(usd.get("currency").asText()).isEqualTo("usd");
            assertThat(usd.get("captured").asLong()).isEqualTo(3_000);
            assertThat(usd.get("capturable").asLong()).isEqualTo(2_000);
        });
    }

    @Test
    void exportsTheListAsCsv() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 2_700);
        HttpResponse<String> csv = send(request("/v1/payment_intents?status=requires_capture", ALPHA)
                .header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,created,status,amount")
                .contains("\"" + intent.getId() + "\"," + intent.getCreated() + ",requires_capture,2700,2700,0,");
    }

    @Test
    void publishesAnOpenApiDocument() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.has("/v1/payment_intents/{intent}/capture")).isTrue();
        assertThat(paths.has("/v1/payment_intents/search")).isTrue();
        assertThat(paths.get("/v1/payment_intents").get("post").get("requestBody").get("content")
                .has("application/x-www-form-urlencoded")).isTrue();
        HttpResponse<String> swaggerUi = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/swagger-ui/index.html")));
        assertThat(swaggerUi.statusCode()).isEqualTo(200);
    }

    private static PaymentIntent needingAuthentication(String apiKey) throws Exception {
        return PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                .setPaymentMethod("pm_card_authenticationRequired").setConfirm(true).setReturnUrl(RETURN_URL)
                .build(), as(apiKey));
    }

    private HttpResponse<String> post(String path, String apiKey, String form) {
        return send(request(path, apiKey).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private JsonNode getJson(String path, String apiKey) throws Exception {
        HttpResponse<String> response = send(request(path, apiKey).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
