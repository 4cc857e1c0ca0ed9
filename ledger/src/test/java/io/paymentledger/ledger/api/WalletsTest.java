package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alipay and WeChat Pay in test mode over HTTP (docs/api.md §18.2): WooshPay's JSON body with its stringified
 * payment_method_types, stripe-java's wallet parameters, the next actions as Stripe shapes them, the hosted page,
 * the test helper, the books, bad input and account isolation.
 */
class WalletsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** WooshPay's body as its documents send it; amount raised above the minimum (its 10 is amount_too_small). */
    private static final String WOOSHPAY = """
            {"amount": 1000, "currency": "USD", "payment_method_types": "[\\"wechat_pay\\",\\"alipay\\",\\"card\\"]",
             "payment_method_data": {"type": "alipay"}, "confirm": true, "return_url": "https://shop.example/done",
             "merchant_order_id": "A-1"}""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void alipayRedirectsToTheHostedPageWhichSucceedsThePaymentAndTheBooksPostIt() throws Exception {
        HttpResponse<String> created = postJson("/v1/payment_intents", WOOSHPAY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(created.body());
        assertThat(intent.get("status").asText()).isEqualTo("requires_action");
        assertThat(intent.get("payment_method_types")).extracting(JsonNode::asText)
                .containsExactly("wechat_pay", "alipay", "card");
        JsonNode action = intent.get("next_action");
        assertThat(action.get("type").asText()).isEqualTo("alipay_handle_redirect");
        JsonNode redirect = action.get("alipay_handle_redirect");
        assertThat(redirect.fieldNames()).toIterable()
                .containsExactly("native_data", "native_url", "return_url", "url");
        assertThat(redirect.get("return_url").asText()).isEqualTo("https://shop.example/done");

        URI page = URI.create(redirect.get("url").asText());
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(baseUrl() + page.getRawPath() + "?"
                + page.getRawQuery())).GET());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Test Alipay payment");
        assertThat(shown.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));

        String secret = intent.get("client_secret").asText();
        HttpResponse<String> completed = send(HttpRequest.newBuilder(URI.create(baseUrl() + page.getRawPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_secret=" + secret + "&outcome=succeed")));
        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(completed.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://shop.example/done?payment_intent=" + intent.get("id")
                        .asText()).endsWith("redirect_status=succeeded"));

        PaymentIntent paid = PaymentIntent.retrieve(intent.get("id").asText(), as(ALPHA));
        assertThat(paid.getStatus()).isEqualTo("succeeded");
        assertThat(paid.getAmountReceived()).isEqualTo(1000L);
        JsonNode method = JSON.readTree(send(request("/v1/payment_methods/" + paid.getPaymentMethod(), ALPHA)
                .GET()).body());
        assertThat(method.get("type").asText()).isEqualTo("alipay");
        assertThat(method.get("card").isNull()).isTrue();
        String transaction = JSON.readTree(send(request("/v1/payment_intents/" + paid.getId()
                + "?expand[]=latest_charge", ALPHA).GET()).body()).get("latest_charge").get("balance_transaction")
                .asText();
        BalanceTransaction posted = await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> BalanceTransaction.retrieve(transaction, as(ALPHA)), txn -> txn != null);
        assertThat(posted.getAmount()).isEqualTo(1000L);
    }

    @Test
    void weChatPayShowsAQrCodeAndTheTestHelperCanFailIt() throws Exception {
        PaymentIntent pending = PaymentIntent.create(PaymentIntentCreateParams.builder()
                .setAmount(2_000L).setCurrency("usd").addPaymentMethodType("wechat_pay")
                .setPaymentMethodData(PaymentIntentCreateParams.PaymentMethodData.builder()
                        .setType(PaymentIntentCreateParams.PaymentMethodData.Type.WECHAT_PAY)
                        .setWechatPay(PaymentIntentCreateParams.PaymentMethodData.WechatPay.builder().build())
                        .build())
                .setPaymentMethodOptions(PaymentIntentCreateParams.PaymentMethodOptions.builder()
                        .setWechatPay(PaymentIntentCreateParams.PaymentMethodOptions.WechatPay.builder()
                                .setClient(PaymentIntentCreateParams.PaymentMethodOptions.WechatPay.Client.WEB)
                                .build()).build())
                .setConfirm(true).build(), as(ALPHA));
        assertThat(pending.getStatus()).isEqualTo("requires_action");
        assertThat(pending.getNextAction().getType()).isEqualTo("wechat_pay_display_qr_code");
        var qr = pending.getNextAction().getWechatPayDisplayQrCode();
        assertThat(qr.getData()).isEqualTo(qr.getHostedInstructionsUrl()).contains("/authenticate/" + pending.getId());
        assertThat(qr.getImageDataUrl()).startsWith("data:image/png;base64,");
        HttpResponse<byte[]> png = sendBytes(URI.create(qr.getImageUrlPng()));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        HttpResponse<byte[]> svg = sendBytes(URI.create(qr.getImageUrlSvg()));
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).startsWith("<svg");

        HttpResponse<String> failed = send(request("/v1/test_helpers/payment_intents/" + pending.getId()
                + "/authenticate", ALPHA).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=fail")));
        JsonNode after = JSON.readTree(failed.body());
        assertThat(after.get("status").asText()).isEqualTo("requires_payment_method");
        assertThat(after.get("last_payment_error").get("code").asText())
                .isEqualTo("payment_intent_authentication_failure");
        assertThat(after.get("next_action").isNull()).isTrue();
    }

    @Test
    void badWalletInputIsRefusedAndWritesNothing() throws Exception {
        long events = lastEvent();
        List<String> bodies = List.of(
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_types\":[\"paypal\"]}",
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_types\":\"[1]\"}",
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_types\":\"[\\\"alipay\\\"\"}",
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_data\":{\"type\":\"alipay\","
                        + "\"card\":{\"number\":\"4242424242424242\"}}}",
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_data\":{\"type\":\"alipay\","
                        + "\"wechat_pay\":{}}}",
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_options\":{\"wechat_pay\":"
                        + "{\"client\":\"ios\"}}}",
                // WooshPay's fields the ledger does not take (docs/api.md §18.2).
                "{\"amount\":1000,\"currency\":\"usd\",\"payment_method_options\":\"{\\\"card\\\":{}}\"}",
                "{\"amount\":1000,\"currency\":\"usd\",\"3ds_status\":\"Y\"}",
                "{\"amount\":1000,\"currency\":\"usd\",\"invoice\":\"in_1\"}");
        for (String body : bodies) {
            HttpResponse<String> refused = postJson("/v1/payment_intents", body);
            assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("error").get("type").asText())
                    .isEqualTo("invalid_request_error");
        }
        assertThat(lastEvent()).isEqualTo(events);
    }

    @Test
    void anotherAccountCannotSeeTheWalletIntentNorItsQrCode() throws Exception {
        JsonNode intent = JSON.readTree(postJson("/v1/payment_intents", WOOSHPAY.replace("alipay\"}",
                "wechat_pay\"}")).body());
        String id = intent.get("id").asText();
        assertThat(send(request("/v1/payment_intents/" + id, BETA).GET()).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> wrongSecret = sendBytes(URI.create(baseUrl() + "/authenticate/" + id
                + "/qr/png?client_secret=" + id + "_secret_wrong"));
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> postJson(String path, String body) {
        return send(request(path, ALPHA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<byte[]> sendBytes(URI uri) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                + uri.getRawPath() + "?" + uri.getRawQuery())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
