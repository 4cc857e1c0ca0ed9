package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed requests, each answered with a 4xx and Stripe's error envelope, never a 500 or HTML,
 * and none of them writing anything: the account they use still has no intent afterwards.
 */
class BadInputTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void refusesMalformedRequestsWithAnEnvelopeAndWritesNothing() throws Exception {
        List<HttpRequest.Builder> requests = new ArrayList<>();
        for (String body : badCreateForms()) {
            requests.add(post("/v1/payment_intents", FORM, body));
            requests.add(post("/v1/payment_intents", FORM, body).header("Idempotency-Key", uniqueKey()));
        }
        for (String body : badCreateJson()) {
            requests.add(post("/v1/payment_intents", "application/json", body));
        }
        for (String operation : List.of("", "/confirm", "/capture", "/cancel")) {
            requests.add(post("/v1/payment_intents/pi_unknownIntent000000000" + operation, FORM, ""));
            requests.add(post("/v1/payment_intents/pi_unknownIntent000000000" + operation, FORM, "colour=red"));
        }
        for (String query : badQueries()) {
            requests.add(request("/v1/payment_intents" + query, BAD_INPUT).GET());
        }
        for (String search : List.of("", "status:", "amount>>1", "foo:'x'", "status:'x' AND amount>1 OR currency:'usd'",
                "metadata[key]:'v'", "amount:'abc'", "-", "created>tomorrow")) {
            requests.add(request("/v1/payment_intents/search?query=" + encode(search), BAD_INPUT).GET());
        }
        requests.add(request("/v1/payment_intents/search?query=status:'succeeded'&limit=0", BAD_INPUT).GET());
        requests.add(request("/v1/payment_intents/pi_unknownIntent000000000?as_of=yesterday", BAD_INPUT).GET());
        requests.add(post("/v1/payment_intents", "text/plain", "amount=2000&currency=usd"));
        requests.add(post("/v1/payment_intents", "application/xml", "<amount>2000</amount>"));
        requests.add(post("/v1/payment_intents", "multipart/form-data; boundary=x", "--x--"));
        requests.add(post("/v1/payment_intents", FORM, "amount=2000&currency=usd&description="
                + "x".repeat(1_100_000)));
        requests.add(request("/v1/payment_intents", BAD_INPUT).DELETE());
        requests.add(request("/v1/subscriptions", BAD_INPUT).GET());
        for (String body : List.of("", "payment_intent=pi_unknownIntent000000000", "charge=ch_unknownCharge000000000",
                "payment_intent=pi_unknownIntent000000000&amount=-1", "charge=ch_x&amount=0", "charge=ch_x&amount=1.5",
                "charge=ch_x&amount=ten", "charge=ch_x&reason=unhappy", "charge=ch_x&payment_intent=pi_y",
                "charge=ch_x&metadata[k]=" + "v".repeat(501), "charge=ch_x&colour=red")) {
            requests.add(post("/v1/refunds", FORM, body).header("Idempotency-Key", uniqueKey()));
        }
        requests.add(request("/v1/refunds/re_unknownRefund000000000", BAD_INPUT).GET());
        requests.add(request("/v1/refunds?limit=0", BAD_INPUT).GET());
        requests.add(request("/v1/charges/ch_unknownCharge000000000", BAD_INPUT).GET());
        requests.add(request("/v1/charges?expand%5B%5D=data.nope", BAD_INPUT).GET());
        requests.add(post("/v1/refunds/re_unknownRefund000000000", FORM, "metadata[k]=v"));
        requests.add(post("/v1/refunds/re_unknownRefund000000000/cancel", FORM, ""));
        requests.add(post("/v1/test_helpers/refunds/re_unknownRefund000000000/expire", FORM, ""));
        requests.add(request("/v1/payment_intents", "sk_test_wrong").header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("amount=2000&currency=usd")));
        Random random = new Random(42);
        for (int i = 0; i < 120; i++) {
            String contentType = i % 2 == 0 ? FORM : "application/json";
            requests.add(post("/v1/payment_intents", contentType, garbage(random)));
        }

        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> response = send(request);
            String what = response.request().method() + " " + response.request().uri() + " -> " + response.body();
            assertThat(response.statusCode()).as(what).isBetween(400, 499);
            assertThat(response.headers().firstValue("Request-Id")).as(what).isPresent();
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error).as(what).isNotNull();
            assertThat(error.get("type").asText()).as(what).isNotBlank();
            assertThat(error.get("message").asText()).as(what).isNotBlank();
        }
        assertThat(requests).hasSizeGreaterThan(300);
        JsonNode list = JSON.readTree(send(request("/v1/payment_intents?limit=100", BAD_INPUT).GET()).body());
        assertThat(list.get("data").size()).isZero();
        JsonNode refunds = JSON.readTree(send(request("/v1/refunds?limit=100", BAD_INPUT).GET()).body());
        assertThat(refunds.get("data").size()).isZero();
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return request(path, BAD_INPUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static List<String> badCreateForms() {
        List<String> bodies = new ArrayList<>();
        for (String amount : List.of("", "abc", "10.5", "-1", "0", "1e3", "99999999999999999999", "100000000", "49",
                "0x10", " 2000", "2000 ", "+5")) {
            bodies.add("amount=" + encode(amount) + "&currency=usd");
        }
        for (String currency : List.of("", "us", "usdd", "xyz", "12$", "US D", "bhd")) {
            bodies.add("amount=2000&currency=" + encode(currency));
        }
        String valid = "amount=2000&currency=usd&";
        for (String extra : List.of("colour=red", "metadata[a][b]=c", "shipping[foo]=x", "application_fee_amount=1",
                "transfer_data[destination]=acct_x", "capture_method=bogus", "confirm=maybe",
                "confirmation_method=sometimes", "confirm=true", "return_url=https://x.example", "off_session=true",
                "metadata[" + "k".repeat(41) + "]=v", "metadata[k]=" + "v".repeat(501), "description=" + "d".repeat(1001),
                "payment_method_types[0]=ideal", "expand[0]=customers", "expand[0]=nope", "setup_future_usage=later",
                "receipt_email=not-an-email", "shipping[name]=Jane", "statement_descriptor=Shop",
                "payment_method=pm_x&payment_method_data[type]=card", "payment_method_data[type]=sepa",
                "cancellation_reason=duplicate", "amount_to_capture=5", "quantity=2",
                "%zz=1", "metadata=abc", "expand=latest_charge", "payment_method_options[card][request_three_d_secure]=x",
                "automatic_payment_methods[enabled]=perhaps")) {
            bodies.add(valid + extra);
        }
        StringBuilder tooManyKeys = new StringBuilder(valid);
        for (int i = 0; i < 51; i++) {
            tooManyKeys.append("metadata[k").append(i).append("]=v&");
        }
        bodies.add(tooManyKeys.toString());
        bodies.addAll(List.of("", "=", "&&&", "%", "a[=1", "amount[=1&currency=usd", "amount=2000", "currency=usd",
                "amount[0]=2000&currency=usd", "amount[x]=1&currency=usd"));
        return bodies;
    }

    private static List<String> badCreateJson() {
        return List.of("{", "[]", "\"text\"", "null", "42", "{\"amount\":}", "{\"amount\":{\"x\":1},\"currency\":\"usd\"}",
                "{\"amount\":2000,\"currency\":\"usd\",\"metadata\":{\"k\":{\"n\":1}}}",
                "{\"amount\":\"abc\",\"currency\":\"usd\"}", "{\"amount\":20.5,\"currency\":\"usd\"}",
                "{\"amount\":2000,\"currency\":\"usd\",\"colour\":\"red\"}", "{\"amount\":2000,\"currency\":7}",
                "{\"amount\":2000,\"currency\":\"usd\",\"confirm\":\"maybe\"}",
                "{\"amount\":2000,\"currency\":\"usd\",\"quantity\":0}",
                "{\"amount\":2000,\"currency\":\"usd\",\"merchant_order_id\":\"" + "m".repeat(256) + "\"}",
                "{\"amount\":2000,\"currency\":\"usd\",\"payment_method_types\":\"card\"}",
                "{\"amount\":2000,\"currency\":\"usd\"}{}", "{\"amount\":2000,\"currency\":\"usd\",}");
    }

    private static List<String> badQueries() {
        return List.of("?limit=0", "?limit=101", "?limit=abc", "?limit=", "?starting_after=pi_unknownIntent000000000",
                "?ending_before=pi_unknownIntent000000000", "?starting_after=a&ending_before=b", "?created[foo]=1",
                "?created=abc", "?created[gt]=x", "?colour=red", "?status=bogus", "?expand[0]=latest_charge",
                "?expand[0]=data.customers", "?limit=1%25zz", "?metadata[a][b]=c");
    }

    private static String garbage(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(60)];
        random.nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return random.nextBoolean() ? text : "amount=2000&currency=usd&" + text;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
