package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.RequestParams;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random inputs built from the characters and names that matter to the parser: whatever arrives, reading it
 * either succeeds or throws {@link ApiException}, never anything that would become a 500.
 */
class WireFuzzTest {

    private static final List<String> NAMES = List.of("amount", "currency", "confirm", "metadata", "shipping",
            "address", "line1", "name", "payment_method", "payment_method_data", "type", "card", "number", "exp_month",
            "payment_method_types", "payment_method_options", "request_three_d_secure", "expand", "created", "gte",
            "limit", "query", "capture_method", "automatic_payment_methods", "enabled", "return_url", "off_session",
            "cancellation_reason", "amount_to_capture", "final_capture", "0", "1", "", "k");
    private static final List<String> VALUES = List.of("", "1000", "-1", "usd", "USD", "true", "false", "card",
            "manual", "https://m.example", "pm_card_visa", "data.payment_method", "latest_charge", "%", "%2", "%ZZ",
            "%5B", "%5D", "+", "&", "=", "[", "]", "null", "1.5", "x".repeat(600), "accounts/acct_alpha/payment-methods/pm");
    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"amount\"", "\"metadata\"",
            "\"shipping\"", "\"expand\"", "1000", "null", "true", "\"usd\"", "\"\"", "{\"a\":1}", "[\"card\"]", "1e999",
            "-0", "\"\\u0000\"", "\"payment_method_data\"", "\"card\"", "\"type\"");
    private static final List<Function<RequestParams, Object>> ENDPOINTS = List.of(
            p -> PaymentIntentParams.create(p, "acct_alpha", "pi_1", "s"),
            p -> PaymentIntentParams.update(p, "acct_alpha", "pi_1"),
            p -> PaymentIntentParams.confirm(p, "acct_alpha", "pi_1"),
            p -> PaymentIntentParams.capture(p, "acct_alpha", "pi_1"),
            p -> PaymentIntentParams.cancel(p, "acct_alpha", "pi_1"),
            p -> PaymentIntentParams.list(p, "acct_alpha"),
            p -> PaymentIntentParams.search(p, "acct_alpha"),
            PaymentIntentParams::retrieve,
            p -> PaymentIntentParams.expansions(p, true),
            RequestParams::fingerprint);

    @Test
    void answersRandomFormBodiesWithAnApiExceptionOrAResult() {
        Random random = new Random(20261124L);
        for (int i = 0; i < 4000; i++) {
            String body = randomForm(random);
            readEverywhere(() -> RequestParams.fromForm(randomForm(random), bytes(body)), body);
        }
    }

    @Test
    void answersRandomJsonBodiesWithAnApiExceptionOrAResult() {
        Random random = new Random(42L);
        for (int i = 0; i < 4000; i++) {
            StringBuilder body = new StringBuilder("{");
            int pieces = random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                body.append(JSON_PIECES.get(random.nextInt(JSON_PIECES.size())));
            }
            String json = random.nextBoolean() ? body + "}" : body.toString();
            readEverywhere(() -> RequestParams.fromJson(null, bytes(json)), json);
        }
    }

    private static void readEverywhere(java.util.function.Supplier<RequestParams> parse, String input) {
        RequestParams params;
        try {
            params = parse.get();
        } catch (ApiException expected) {
            return;
        } catch (RuntimeException unexpected) {
            throw new AssertionError("Parsing " + input + " threw " + unexpected, unexpected);
        }
        for (Function<RequestParams, Object> endpoint : ENDPOINTS) {
            try {
                assertThat(endpoint.apply(params)).isNotNull();
            } catch (ApiException expected) {
                assertThat(expected.error().message()).isNotBlank();
            } catch (RuntimeException unexpected) {
                throw new AssertionError("Reading " + input + " threw " + unexpected, unexpected);
            }
        }
    }

    private static String randomForm(Random random) {
        StringBuilder form = new StringBuilder();
        int pairs = random.nextInt(8);
        for (int p = 0; p < pairs; p++) {
            if (p > 0) {
                form.append('&');
            }
            form.append(NAMES.get(random.nextInt(NAMES.size())));
            int depth = random.nextInt(4);
            for (int d = 0; d < depth; d++) {
                form.append('[').append(NAMES.get(random.nextInt(NAMES.size()))).append(random.nextInt(9) == 0 ? "" : "]");
            }
            if (random.nextInt(6) > 0) {
                form.append('=').append(VALUES.get(random.nextInt(VALUES.size())));
            }
        }
        return form.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
