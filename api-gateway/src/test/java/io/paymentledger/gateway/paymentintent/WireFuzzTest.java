package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.customer.Customer;
import io.paymentledger.gateway.customer.CustomerParams;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.event.EventParams;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.PaymentMethodCreateParams;
import io.paymentledger.gateway.paymentmethod.TestVaults;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.webhook.TargetGuard;
import io.paymentledger.gateway.webhook.WebhookEndpoint;
import io.paymentledger.gateway.webhook.WebhookEndpointParams;
import io.paymentledger.gateway.webhook.WebhookProperties;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random inputs built from the characters and names that matter to the parser: whatever arrives, reading it
 * either succeeds or throws {@link ApiException}, never anything that would become a 500.
 */
class WireFuzzTest {

    private static final CardVault VAULT = TestVaults.vault();
    private static final TransferParams TRANSFERS = new TransferParams(
            io.paymentledger.gateway.auth.AccountCapabilities.parse("acct_gamma=payments"),
            ApiKeys.parse("sk_test_fuzzA=acct_alpha,sk_test_fuzzB=acct_beta,sk_test_fuzzC=acct_gamma", false));

    private static final List<String> NAMES = List.of("amount", "currency", "confirm", "metadata", "shipping",
            "address", "line1", "name", "payment_method", "payment_method_data", "type", "card", "number", "exp_month",
            "exp_year", "cvc", "token", "billing_details", "transfers", "destination", "device",
            "payment_method_types", "payment_method_options", "request_three_d_secure", "expand", "created", "gte",
            "charge", "payment_intent", "reason",
            "limit", "query", "capture_method", "automatic_payment_methods", "enabled", "return_url", "off_session",
            "cancellation_reason", "amount_to_capture", "final_capture", "0", "1", "", "k", "url", "enabled_events",
            "api_version", "description", "disabled", "starting_after", "ending_before", "types", "webhook_endpoint",
            "source", "payout", "created[gte]", "as_of", "email", "phone", "preferred_locales", "invoice_settings",
            "default_payment_method", "customer");
    private static final List<String> VALUES = List.of("", "1000", "-1", "usd", "USD", "true", "false", "card",
            "manual", "https://m.example", "pm_card_visa", "data.payment_method", "latest_charge", "%", "%2", "%ZZ",
            "%5B", "%5D", "+", "&", "=", "[", "]", "null", "1.5", "x".repeat(600), "accounts/acct_alpha/payment-methods/pm", "x".repeat(5001), "payment_intent.*",
            "payment_intent.succeeded", "*", "http://127.0.0.1/h", "https://93.184.216.34/" + "x".repeat(2100),
            "2025-08-27.basil", "we_1", "evt_1",
            "4242424242424242", "999999999", "tok_visa", "2031");
    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"amount\"", "\"metadata\"",
            "\"shipping\"", "\"expand\"", "1000", "null", "true", "\"usd\"", "\"\"", "{\"a\":1}", "[\"card\"]", "1e999",
            "-0", "\"\\u0000\"", "\"payment_method_data\"", "\"card\"", "\"type\"", "\"transfers\"",
            "[{\"destination\":\"accounts/acct_beta\",\"amount\":\"1\"}]", "\"accounts/acct_gamma\"");
    /** Refuses loopback and private receivers without any DNS lookup of the fuzzed hosts. */
    private static final TargetGuard GUARD = new TargetGuard(new WebhookProperties(false, List.of(), Duration.ZERO, 1,
            Duration.ZERO, Duration.ZERO, false, 1, Duration.ZERO), ApiKeys.parse("sk_test_fuzz=acct_alpha", false)) {
        @Override
        public Optional<String> refusal(String url) {
            return TargetGuard.host(url).isEmpty() || url.contains("127.0.0.1") ? Optional.of("Invalid URL: " + url)
                    : Optional.empty();
        }
    };
    private static final WebhookEndpoint ENDPOINT = new WebhookEndpoint("we_1", "acct_alpha", "https://m.example",
            List.of("*"), null, null, "whsec_1", "enabled", 0, 0, Map.of());
    private static final Customer CUSTOMER = new Customer("cus_1", "acct_alpha", 0, "a@example.com", "Ada", null,
            null, null, null, List.of(), "ABCD1234", null, Map.of("k", "v"), false);
    private static final List<Function<RequestParams, Object>> ENDPOINTS = List.of(
            p -> PaymentIntentParams.create(p, "acct_alpha", "pi_1", "s", VAULT),
            p -> PaymentIntentParams.create(AccountIntentParams.create(p, "acct_alpha"), "acct_alpha", "pi_1", "s",
                    VAULT),
            p -> PaymentIntentParams.list(AccountIntentParams.list(p, "acct_alpha"), "acct_alpha"),
            p -> TRANSFERS.read(p, "acct_alpha"),
            p -> PaymentIntentParams.update(p, "acct_alpha", "pi_1", VAULT),
            p -> PaymentIntentParams.confirm(p, "acct_alpha", "pi_1", VAULT),
            p -> PaymentIntentParams.capture(p, "acct_alpha", "pi_1", VAULT),
            p -> PaymentIntentParams.cancel(p, "acct_alpha", "pi_1"),
            p -> PaymentIntentParams.list(p, "acct_alpha"),
            p -> PaymentIntentParams.search(p, "acct_alpha"),
            PaymentIntentParams::retrieve,
            p -> PaymentIntentParams.expansions(p, true),
            RequestParams::canonical,
            p -> PaymentMethodCreateParams.read(p, "acct_alpha", VAULT),
            p -> WebhookEndpointParams.create(p, GUARD),
            p -> WebhookEndpointParams.applyUpdate(WebhookEndpointParams.update(p), ENDPOINT, GUARD),
            WebhookEndpointParams::page,
            p -> EventParams.list(p, "acct_alpha"),
            p -> {
                EventParams.retrieve(p);
                return p;
            },
            p -> String.valueOf(EventParams.webhookEndpoint(EventParams.resend(p))),
            io.paymentledger.gateway.refund.RefundParams::create,
            io.paymentledger.gateway.refund.RefundParams::update,
            p -> io.paymentledger.gateway.refund.RefundParams.list(p, "acct_alpha"),
            p -> {
                io.paymentledger.gateway.refund.RefundParams.none(p);
                return p;
            },
            io.paymentledger.gateway.charge.ChargeParams::retrieve,
            p -> io.paymentledger.gateway.charge.ChargeParams.list(p, "acct_alpha"),
            io.paymentledger.gateway.charge.ChargeParams::listExpansions,
            p -> {
                io.paymentledger.gateway.balance.BalanceParams.retrieve(p);
                return p;
            },
            p -> io.paymentledger.gateway.balance.BalanceParams.list(p, "acct_alpha"),
            p -> CustomerParams.create(p, "cus_1", "acct_alpha", 0, "ABCD1234"),
            p -> CustomerParams.update(CustomerParams.checkUpdate(p), CUSTOMER),
            CustomerParams::page,
            CustomerParams::retrieve);

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
