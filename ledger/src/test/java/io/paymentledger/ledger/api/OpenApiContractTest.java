package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.ledger.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The running ledger against its OpenAPI document (api-gateway {@code openapi/ledger.yaml}): every route of our
 * controllers is documented and every documented route exists, and real answers match the documented schemas.
 */
class OpenApiContractTest extends StripeApiTest {

    /** The error page, the document itself and the dashboard's HTML pages (/dashboard) are not part of the API. */
    private static final Set<String> NOT_DOCUMENTED = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml");
    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryRouteOfTheApplicationAndNoOther() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.paymentledger")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!NOT_DOCUMENTED.contains(pattern) && !pattern.startsWith("/dashboard")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        served.add(OpenApiDocument.route(method.name(), pattern));
                    }
                }
            }
        });
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(DOCUMENT.routes());
        Set<String> missing = new TreeSet<>(DOCUMENT.routes());
        missing.removeAll(served);
        assertThat(served).as("the application's routes").contains("POST /v1/payment_intents", "GET /admin/cluster");
        assertThat(undocumented).as("routes to describe in api-gateway/src/main/resources/" + OpenApiDocument.LOCATION)
                .isEmpty();
        assertThat(missing).as("documented routes the application does not serve").isEmpty();
    }

    @Test
    void createdConfirmedAndCapturedIntentsMatchTheirSchema() throws Exception {
        HttpResponse<String> created = post("/v1/payment_intents", "amount=2000&currency=usd&capture_method=manual"
                + "&metadata[order_id]=A-1&shipping[name]=Jo&shipping[address][line1]=1 Main St");
        assertMatches("PostPaymentIntents", created, 200);
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> confirmed = post("/v1/payment_intents/" + id + "/confirm",
                "payment_method=pm_card_visa&expand[]=latest_charge&expand[]=payment_method");
        assertMatches("PostPaymentIntentsIntentConfirm", confirmed, 200);
        assertThat(JSON.readTree(confirmed.body()).get("latest_charge").get("object").asText()).isEqualTo("charge");
        assertMatches("PostPaymentIntentsIntentCapture", post("/v1/payment_intents/" + id + "/capture",
                "amount_to_capture=1500"), 200);
        assertMatches("GetPaymentIntentsIntentHistory", get("/v1/payment_intents/" + id + "/history"), 200);
    }

    @Test
    void listsSearchesEventsAndBalancesMatchTheirSchemas() {
        post("/v1/payment_intents", "amount=1000&currency=eur&payment_method=pm_card_visa&confirm=true");
        assertMatches("GetPaymentIntents", get("/v1/payment_intents?limit=3&expand[]=data.payment_method"), 200);
        assertMatches("GetPaymentIntentsSearch", get("/v1/payment_intents/search?query=currency:'eur'"), 200);
        assertMatches("GetEvents", get("/v1/events?limit=5"), 200);
        assertMatches("GetBalances", get("/v1/balances"), 200);
    }

    @Test
    void webhookEndpointsMatchTheirSchemas() throws Exception {
        // A public address (these tests refuse private targets and resolve no names); deleted before any event.
        HttpResponse<String> created = post("/v1/webhook_endpoints",
                "url=https://93.184.215.14/hook&enabled_events[]=payment_intent.requires_action");
        assertMatches("PostWebhookEndpoints", created, 200);
        String id = JSON.readTree(created.body()).get("id").asText();
        assertMatches("GetWebhookEndpoints", get("/v1/webhook_endpoints"), 200);
        assertMatches("DeleteWebhookEndpointsWebhookEndpoint", send(request("/v1/webhook_endpoints/" + id, ALPHA)
                .DELETE()), 200);
    }

    @Test
    void errorsMatchTheEnvelope() {
        assertMatches("PostPaymentIntents", post("/v1/payment_intents", "currency=usd"), 400);
        assertMatches("PostPaymentIntents", post("/v1/payment_intents",
                "amount=2000&currency=usd&payment_method=pm_card_chargeDeclined&confirm=true"), 402);
        assertMatches("GetPaymentIntentsIntent", get("/v1/payment_intents/pi_missing"), 404);
        assertMatches("GetPaymentIntents", send(request("/v1/payment_intents", "sk_test_unknown0000")), 401);
        assertMatches("GetAdminReplay", send(request("/admin/replay", ALPHA)), 403);
    }

    @Test
    void wooPaymentsAnswersMatchTheirSchemas() {
        String pair = "Basic " + java.util.Base64.getEncoder().encodeToString((WOO_KEY + ":" + WOO_SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String path = "/wp-json/wc/v3/payments/payment_intents";
        String customer = send(request("/v1/customers", ALPHA).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=Woo")))
                .body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"(cus_[^\"]+)\".*", "$1");
        String body = "payment_method=pm_card_visa&customer=" + customer + "&order_id=7&amount=2000&currency=usd";
        assertMatches("PostWpJsonWcV3PaymentsPaymentIntents", send(request(path, ALPHA).setHeader("Authorization", pair)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 200);
        assertMatches("PostWpJsonWcV3PaymentsPaymentIntents", post(path, body), 401);
        assertMatches("PostWpJsonWcV3PaymentsPaymentIntents", send(request(path, ALPHA).setHeader("Authorization", pair)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=2000"))), 400);
    }

    @Test
    void resourceNameAnswersMatchTheirSchemas() {
        String path = "/v1/accounts/acct_e2e_alpha/payment-intents";
        HttpResponse<String> created = send(request(path, ALPHA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"2000\",\"currency\":\"USD\","
                        + "\"payment_method\":\"accounts/acct_e2e_alpha/payment-methods/pm_card_chargeDeclined\"}")));
        assertMatches("PostAccountsAccountPaymentIntents", created, 200);
        String id = created.body().replaceAll("(?s).*?\"name\"\\s*:\\s*\"[^\"]*/(pi_[^\"]+)\".*", "$1");
        assertMatches("GetAccountsAccountPaymentIntentsIntent", get(path + "/" + id), 200);
        assertMatches("GetAccountsAccountPaymentIntents", get(path + "?page_size=2"), 200);
        assertMatches("GetAccountsAccountPaymentIntents", send(request(path, BETA)), 404);
        assertMatches("GetAccountsAccountDevices", get("/v1/accounts/acct_e2e_alpha/devices"), 200);
        assertMatches("PostAccountsAccountPaymentIntents", post(path, "amount=x&currency=usd"), 400);
    }

    @Test
    void theValidatorRefusesAnswersThatBreakTheSchema() {
        assertThat(DOCUMENT.validateAgainst("PaymentIntent", "{\"id\":\"pi_1\",\"amount\":\"2000\"}"))
                .as("a string amount and missing required fields").isNotEmpty();
        assertThat(DOCUMENT.validateAgainst("Error", "{\"error\":{\"type\":\"teapot\",\"message\":\"m\"}}"))
                .as("an unknown error type").isNotEmpty();
    }

    private void assertMatches(String operationId, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(operationId + ": " + response.body()).isEqualTo(status);
        assertThat(DOCUMENT.validate(operationId, status, response.body())).as(operationId + " " + status + ": "
                + response.body()).isEmpty();
    }

    private HttpResponse<String> get(String path) {
        return send(request(path, ALPHA));
    }

    private HttpResponse<String> post(String path, String form) {
        return send(request(path, ALPHA).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
