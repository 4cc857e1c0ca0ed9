package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The request encodings other gateways' documents show, sent raw: JSON bodies, Basic auth, bracketed forms. */
class WireFormatTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUE_BODY = """
            {"amount":1000,"currency":"USD","confirm":true,
             "payment_method_data":{"type":"card",
               "card":{"number":"4242424242424242","exp_month":12,"exp_year":2030,"cvc":"123"},
               "billing_details":{"name":"Jane Doe","email":"jane@example.com",
                 "address":{"line1":"1 Main St","city":"Springfield","postal_code":"12345","country":"US"}}},
             "metadata":{"order_id":"6735"},
             "shipping":{"name":"Jane Doe","address":{"line1":"1 Main St","city":"Springfield","country":"US"}},
             "return_url":"https://merchant.example/return",
             "quantity":2,"merchant_user_id":"u-17","merchant_order_id":"o-6735"}""";

    @Test
    void acceptsTheIssuesJsonBodyAndAnswersStripesObject() throws Exception {
        HttpResponse<String> response = send(request("/v1/payment_intents", ALPHA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ISSUE_BODY)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(response.body());
        assertThat(intent.get("object").asText()).isEqualTo("payment_intent");
        assertThat(intent.get("currency").asText()).isEqualTo("usd");
        assertThat(intent.get("status").asText()).isEqualTo("succeeded");
        assertThat(intent.get("amount_received").asLong()).isEqualTo(1_000);
        assertThat(intent.get("metadata").get("order_id").asText()).isEqualTo("6735");
        assertThat(intent.get("shipping").get("name").asText()).isEqualTo("Jane Doe");
        assertThat(intent.get("quantity").asLong()).isEqualTo(2);
        assertThat(intent.get("merchant_order_id").asText()).isEqualTo("o-6735");
        assertThat(intent.has("return_url")).isFalse();
        assertThat(response.headers().firstValue("Request-Id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        assertThat(response.body()).doesNotContain("4242424242424242");
    }

    @Test
    void acceptsBasicAuthWithTheKeyAsUserAndAnEmptyPassword() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ALPHA + ":").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request("/v1/payment_intents?limit=1", ALPHA)
                .setHeader("Authorization", "Basic " + basic).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("object").asText()).isEqualTo("list");
    }

    @Test
    void acceptsAFormBodyWithNestedMetadataInBracketsEscapedOrNot() throws Exception {
        HttpResponse<String> response = send(request("/v1/payment_intents", ALPHA)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("amount=1500&currency=gbp&metadata[order_id]=A-1"
                        + "&metadata%5Bnote%5D=gift%20wrap&payment_method_types[0]=card")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(response.body());
        assertThat(intent.get("metadata").get("order_id").asText()).isEqualTo("A-1");
        assertThat(intent.get("metadata").get("note").asText()).isEqualTo("gift wrap");
        assertThat(intent.get("payment_method_types").get(0).asText()).isEqualTo("card");
    }

    @Test
    void answersRequestsTomcatRefusesItselfWithTheJsonEnvelope() throws Exception {
        URI api = URI.create(baseUrl());
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.getOutputStream().write(("GET /v1/payment_intents?limit=1\u0001 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("{\"error\":{\"type\":\"invalid_request_error\"")
                    .doesNotContainIgnoringCase("<html");
        }
    }

    @Test
    void answersEveryErrorAsJsonWithARequestId() throws Exception {
        HttpResponse<String> response = send(request("/v1/payment_intents/pi_x/refund", ALPHA)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").get("message").asText())
                .startsWith("Unrecognized request URL (POST: /v1/payment_intents/pi_x/refund)");
        assertThat(response.headers().firstValue("Request-Id")).isPresent();
    }
}
