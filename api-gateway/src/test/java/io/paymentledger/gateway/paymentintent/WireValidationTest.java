package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.TestVaults;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.paymentledger.messages.error.PaymentErrorCode.INVALID_REQUEST;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETERS_EXCLUSIVE;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_EMPTY;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_INTEGER;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_MISSING;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Malformed inputs, one fault each, and the exact error code and parameter each must produce (docs/api.md §3.9). */
class WireValidationTest {

    private static final CardVault VAULT = TestVaults.vault();

    enum Endpoint {
        CREATE(p -> PaymentIntentParams.create(p, "acct_alpha", "pi_1", "pi_1_secret_x", VAULT), "amount=1000&currency=usd"),
        UPDATE(p -> PaymentIntentParams.update(p, "acct_alpha", "pi_1", VAULT), ""),
        CONFIRM(p -> PaymentIntentParams.confirm(p, "acct_alpha", "pi_1", VAULT), ""),
        CAPTURE(p -> PaymentIntentParams.capture(p, "acct_alpha", "pi_1", VAULT), ""),
        CANCEL(p -> PaymentIntentParams.cancel(p, "acct_alpha", "pi_1"), ""),
        LIST(p -> PaymentIntentParams.list(p, "acct_alpha"), ""),
        SEARCH(p -> PaymentIntentParams.search(p, "acct_alpha"), "query=status%3A%27succeeded%27"),
        RETRIEVE(PaymentIntentParams::retrieve, "");

        final Function<RequestParams, Object> read;
        final String valid;

        Endpoint(Function<RequestParams, Object> read, String valid) {
            this.read = read;
            this.valid = valid;
        }

        String with(String form) {
            return valid.isEmpty() ? form : form.isEmpty() ? valid : valid + "&" + form;
        }
    }

    record Case(Endpoint endpoint, boolean json, String input, PaymentErrorCode code, String param) {
        RequestParams params() {
            byte[] body = input.getBytes(StandardCharsets.UTF_8);
            return json ? RequestParams.fromJson(null, body) : RequestParams.fromForm(null, body);
        }

        @Override
        public String toString() {
            String shown = input.length() > 90 ? input.substring(0, 87) + "..." : input;
            return endpoint + (json ? " json " : " form ") + shown + " -> " + code + " " + param;
        }
    }

    static final List<Endpoint> POSTS = List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM, Endpoint.CAPTURE,
            Endpoint.CANCEL);
    static final List<Endpoint> ALL = List.of(Endpoint.values());

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        unknownParameters(cases);
        integers(cases);
        booleansAndEnums(cases);
        requiredAndEmpty(cases);
        confirmOnlyAndExclusive(cases);
        metadata(cases);
        strings(cases);
        objects(cases);
        lists(cases);
        expansions(cases);
        jsonOnly(cases);
        return cases;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rejectsWithTheExactCodeAndParam(Case c) {
        assertThatThrownBy(() -> c.endpoint().read.apply(c.params()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error().code()).as("code").isEqualTo(c.code());
                    assertThat(e.error().param()).as("param").isEqualTo(c.param());
                    assertThat(e.error().message()).as("message").isNotBlank();
                    if (c.code() == PARAMETER_UNKNOWN) {
                        assertThat(e.error().message()).isEqualTo("Received unknown parameter: " + c.param());
                    }
                });
    }

    static void form(List<Case> cases, Endpoint endpoint, String extra, PaymentErrorCode code, String param) {
        cases.add(new Case(endpoint, false, endpoint.with(extra), code, param));
    }

    static void json(List<Case> cases, Endpoint endpoint, String body, PaymentErrorCode code, String param) {
        cases.add(new Case(endpoint, true, body, code, param));
    }

    static void unknownParameters(List<Case> cases) {
        for (Endpoint endpoint : ALL) {
            for (String name : List.of("foo", "application_fee_amount", "on_behalf_of", "transfer_group",
                    "quantity", "merchant_user_id", "merchant_order_id", "Amount", "idempotency_key")) {
                form(cases, endpoint, name + "=1", PARAMETER_UNKNOWN, name);
            }
            form(cases, endpoint, "transfer_data[destination]=acct_x", PARAMETER_UNKNOWN, "transfer_data");
            form(cases, endpoint, "shipping[name=x", PARAMETER_UNKNOWN, "shipping[name");
            form(cases, endpoint, "0[return_url]=x", PARAMETER_UNKNOWN, "0");
        }
        form(cases, Endpoint.CONFIRM, "amount_to_confirm=100", PARAMETER_UNKNOWN, "amount_to_confirm");
        for (String name : List.of("confirm", "return_url", "off_session", "error_on_requires_action", "use_stripe_sdk",
                "confirmation_method", "automatic_payment_methods[enabled]", "amount_to_capture")) {
            form(cases, Endpoint.UPDATE, name + "=true", PARAMETER_UNKNOWN, name.replaceAll("\\[.*", ""));
        }
        for (String name : List.of("amount", "currency", "description", "customer", "metadata[k]")) {
            form(cases, Endpoint.CONFIRM, name + "=x", PARAMETER_UNKNOWN, name.replaceAll("\\[.*", ""));
        }
        for (String name : List.of("amount", "currency", "payment_method", "description", "shipping[name]")) {
            form(cases, Endpoint.CAPTURE, name + "=x", PARAMETER_UNKNOWN, name.replaceAll("\\[.*", ""));
            form(cases, Endpoint.CANCEL, name + "=x", PARAMETER_UNKNOWN, name.replaceAll("\\[.*", ""));
        }
        String shipping = "shipping[name]=B&shipping[address][line1]=y";
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            form(cases, endpoint, shipping + "&shipping[foo]=1", PARAMETER_UNKNOWN, "shipping[foo]");
            form(cases, endpoint, shipping + "&shipping[address][zip]=1", PARAMETER_UNKNOWN, "shipping[address][zip]");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card][number]=4242"
                    + "&payment_method_data[card][foo]=1", PARAMETER_UNKNOWN, "payment_method_data[card][foo]");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card][number]=4242"
                    + "&payment_method_data[billing_details][tax_id]=1", PARAMETER_UNKNOWN,
                    "payment_method_data[billing_details][tax_id]");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card][number]=4242"
                    + "&payment_method_data[billing_details][address][zip]=1", PARAMETER_UNKNOWN,
                    "payment_method_data[billing_details][address][zip]");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card][number]=4242"
                    + "&payment_method_data[customer]=cus_1", PARAMETER_UNKNOWN, "payment_method_data[customer]");
            form(cases, endpoint, "payment_method_options[card][installments][enabled]=true", PARAMETER_UNKNOWN,
                    "payment_method_options[card][installments]");
            form(cases, endpoint, "payment_method_options[sepa_debit][x]=1", PARAMETER_UNKNOWN,
                    "payment_method_options[sepa_debit]");
        }
        form(cases, Endpoint.CREATE, "automatic_payment_methods[enabled]=true&automatic_payment_methods[x]=1",
                PARAMETER_UNKNOWN, "automatic_payment_methods[x]");
        form(cases, Endpoint.LIST, "created[eq]=1", PARAMETER_UNKNOWN, "created[eq]");
    }

    static void integers(List<Case> cases) {
        List<String> notIntegers = List.of("10.5", "abc", "1e3", "+5", "%201", "1%20", "0x10", "1_000", "1,000",
                "99999999999999999999", "%D9%A1", "--1", "5-");
        for (String bad : notIntegers) {
            cases.add(new Case(Endpoint.CREATE, false, "amount=" + bad + "&currency=usd", PARAMETER_INVALID_INTEGER,
                    "amount"));
            form(cases, Endpoint.UPDATE, "amount=" + bad, PARAMETER_INVALID_INTEGER, "amount");
            form(cases, Endpoint.CAPTURE, "amount_to_capture=" + bad, PARAMETER_INVALID_INTEGER, "amount_to_capture");
            form(cases, Endpoint.LIST, "limit=" + bad, PARAMETER_INVALID_INTEGER, "limit");
            form(cases, Endpoint.LIST, "created[gte]=" + bad, PARAMETER_INVALID_INTEGER, "created[gte]");
            form(cases, Endpoint.CREATE, "payment_method_data[type]=card&payment_method_data[card][exp_month]=" + bad,
                    PARAMETER_INVALID_INTEGER, "payment_method_data[card][exp_month]");
        }
        for (String bad : List.of("0", "-1", "-1000")) {
            cases.add(new Case(Endpoint.CREATE, false, "amount=" + bad + "&currency=usd", PARAMETER_INVALID_INTEGER,
                    "amount"));
            form(cases, Endpoint.UPDATE, "amount=" + bad, PARAMETER_INVALID_INTEGER, "amount");
            form(cases, Endpoint.CAPTURE, "amount_to_capture=" + bad, PARAMETER_INVALID_INTEGER, "amount_to_capture");
            form(cases, Endpoint.LIST, "limit=" + bad, PARAMETER_INVALID_INTEGER, "limit");
            form(cases, Endpoint.SEARCH, "limit=" + bad, PARAMETER_INVALID_INTEGER, "limit");
        }
        for (String bad : List.of("101", "1000", "9999999999")) {
            form(cases, Endpoint.LIST, "limit=" + bad, PARAMETER_INVALID_INTEGER, "limit");
            form(cases, Endpoint.SEARCH, "limit=" + bad, PARAMETER_INVALID_INTEGER, "limit");
        }
        form(cases, Endpoint.LIST, "created=yesterday", PARAMETER_INVALID_INTEGER, "created");
        form(cases, Endpoint.LIST, "created[lt]=1.5", PARAMETER_INVALID_INTEGER, "created[lt]");
        form(cases, Endpoint.RETRIEVE, "as_of=now", PARAMETER_INVALID_INTEGER, "as_of");
        form(cases, Endpoint.RETRIEVE, "as_of=-1", PARAMETER_INVALID_INTEGER, "as_of");
        form(cases, Endpoint.RETRIEVE, "as_of=99999999999999999", PARAMETER_INVALID_INTEGER, "as_of");
        form(cases, Endpoint.CONFIRM, "payment_method_data[type]=card&payment_method_data[card][exp_year]=2030.0",
                PARAMETER_INVALID_INTEGER, "payment_method_data[card][exp_year]");
        form(cases, Endpoint.CONFIRM, "payment_method_data[type]=card&payment_method_data[card][exp_year]=3000000000",
                PARAMETER_INVALID_INTEGER, "payment_method_data[card][exp_year]");
        form(cases, Endpoint.UPDATE, "amount[x]=1", PARAMETER_INVALID_INTEGER, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":10.5,\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":1e3,\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":true,\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":[1000],\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":{\"v\":1},\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER,
                "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":\"ten\",\"currency\":\"usd\"}", PARAMETER_INVALID_INTEGER,
                "amount");
    }

    static void booleansAndEnums(List<Case> cases) {
        for (String bad : List.of("yes", "1", "0", "TRUE", "True", "on", "t", "false%20")) {
            form(cases, Endpoint.CREATE, "confirm=" + bad, INVALID_REQUEST, "confirm");
            form(cases, Endpoint.CREATE, "use_stripe_sdk=" + bad, INVALID_REQUEST, "use_stripe_sdk");
            form(cases, Endpoint.CONFIRM, "error_on_requires_action=" + bad, INVALID_REQUEST,
                    "error_on_requires_action");
            form(cases, Endpoint.CAPTURE, "final_capture=" + bad, INVALID_REQUEST, "final_capture");
            form(cases, Endpoint.CREATE, "automatic_payment_methods[enabled]=" + bad, INVALID_REQUEST,
                    "automatic_payment_methods[enabled]");
        }
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"confirm\":\"yes\"}", INVALID_REQUEST,
                "confirm");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"confirm\":1}", INVALID_REQUEST, "confirm");
        for (String bad : List.of("MANUAL", "Manual", "instant", "manual%20", "automatic-async")) {
            form(cases, Endpoint.CREATE, "capture_method=" + bad, INVALID_REQUEST, "capture_method");
            form(cases, Endpoint.UPDATE, "capture_method=" + bad, INVALID_REQUEST, "capture_method");
            form(cases, Endpoint.CONFIRM, "capture_method=" + bad, INVALID_REQUEST, "capture_method");
            form(cases, Endpoint.CREATE, "confirmation_method=" + bad, INVALID_REQUEST, "confirmation_method");
            form(cases, Endpoint.CREATE, "setup_future_usage=" + bad, INVALID_REQUEST, "setup_future_usage");
            form(cases, Endpoint.UPDATE, "setup_future_usage=" + bad, INVALID_REQUEST, "setup_future_usage");
            form(cases, Endpoint.CONFIRM, "off_session=" + bad, INVALID_REQUEST, "off_session");
            form(cases, Endpoint.CANCEL, "cancellation_reason=" + bad, INVALID_REQUEST, "cancellation_reason");
            form(cases, Endpoint.LIST, "status=" + bad, INVALID_REQUEST, "status");
            form(cases, Endpoint.CREATE, "payment_method_options[card][request_three_d_secure]=" + bad,
                    INVALID_REQUEST, "payment_method_options[card][request_three_d_secure]");
            form(cases, Endpoint.CREATE, "automatic_payment_methods[enabled]=true"
                    + "&automatic_payment_methods[allow_redirects]=" + bad, INVALID_REQUEST,
                    "automatic_payment_methods[allow_redirects]");
            form(cases, Endpoint.CREATE, "payment_method_data[type]=" + bad, INVALID_REQUEST,
                    "payment_method_data[type]");
        }
        form(cases, Endpoint.CREATE, "setup_future_usage=off-session", INVALID_REQUEST, "setup_future_usage");
        form(cases, Endpoint.CANCEL, "cancellation_reason=automatic", INVALID_REQUEST, "cancellation_reason");
        form(cases, Endpoint.CANCEL, "cancellation_reason=expired", INVALID_REQUEST, "cancellation_reason");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"capture_method\":\"later\"}",
                INVALID_REQUEST, "capture_method");
        form(cases, Endpoint.CAPTURE, "final_capture=false", INVALID_REQUEST, "final_capture");
    }

    static void requiredAndEmpty(List<Case> cases) {
        cases.add(new Case(Endpoint.CREATE, false, "currency=usd", PARAMETER_MISSING, "amount"));
        cases.add(new Case(Endpoint.CREATE, false, "amount=1000", PARAMETER_MISSING, "currency"));
        cases.add(new Case(Endpoint.CREATE, false, "", PARAMETER_MISSING, "amount"));
        cases.add(new Case(Endpoint.CREATE, false, "amount=&currency=usd", PARAMETER_INVALID_EMPTY, "amount"));
        cases.add(new Case(Endpoint.CREATE, false, "amount=1000&currency=", PARAMETER_INVALID_EMPTY, "currency"));
        json(cases, Endpoint.CREATE, "{\"currency\":\"usd\"}", PARAMETER_MISSING, "amount");
        json(cases, Endpoint.CREATE, "{\"amount\":null,\"currency\":\"usd\"}", PARAMETER_INVALID_EMPTY, "amount");
        json(cases, Endpoint.CREATE, "{\"payment_method\":\"pm_1\",\"customer\":\"cus_1\"}", PARAMETER_MISSING,
                "amount");
        cases.add(new Case(Endpoint.SEARCH, false, "limit=3", PARAMETER_MISSING, "query"));
        cases.add(new Case(Endpoint.SEARCH, false, "query=", PARAMETER_INVALID_EMPTY, "query"));
        for (String name : List.of("amount", "currency", "capture_method", "payment_method_options",
                "payment_method_data")) {
            form(cases, Endpoint.UPDATE, name + "=", PARAMETER_INVALID_EMPTY, name);
        }
        for (String name : List.of("confirm", "capture_method", "confirmation_method", "use_stripe_sdk")) {
            form(cases, Endpoint.CREATE, name + "=", PARAMETER_INVALID_EMPTY, name);
        }
        form(cases, Endpoint.CAPTURE, "amount_to_capture=", PARAMETER_INVALID_EMPTY, "amount_to_capture");
        form(cases, Endpoint.CONFIRM, "return_url=", PARAMETER_INVALID_EMPTY, "return_url");
        form(cases, Endpoint.CREATE, "confirm=true", PARAMETER_MISSING, "payment_method");
        form(cases, Endpoint.CREATE, "confirm=true&payment_method=", PARAMETER_MISSING, "payment_method");
        form(cases, Endpoint.CREATE, "payment_method_data[card][number]=4242", PARAMETER_MISSING,
                "payment_method_data[type]");
        form(cases, Endpoint.CREATE, "payment_method_data[type]=card", PARAMETER_MISSING, "payment_method_data[card]");
        form(cases, Endpoint.CREATE, "automatic_payment_methods[allow_redirects]=never", PARAMETER_MISSING,
                "automatic_payment_methods[enabled]");
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            form(cases, endpoint, "shipping[address][line1]=y", PARAMETER_MISSING, "shipping[name]");
            form(cases, endpoint, "shipping[name]=&shipping[address][line1]=y", PARAMETER_INVALID_EMPTY,
                    "shipping[name]");
            form(cases, endpoint, "shipping[name]=B", PARAMETER_MISSING, "shipping[address]");
            form(cases, endpoint, "shipping[name]=B&shipping[address][city]=Z", PARAMETER_MISSING,
                    "shipping[address][line1]");
            form(cases, endpoint, "shipping[name]=B&shipping[address]=", PARAMETER_INVALID_EMPTY,
                    "shipping[address]");
        }
    }

    static void confirmOnlyAndExclusive(List<Case> cases) {
        for (String param : List.of("return_url=https%3A%2F%2Fm.example", "off_session=true",
                "error_on_requires_action=true", "mandate=mandate_1", "mandate_data[customer_acceptance][type]=online",
                "radar_options[session]=s")) {
            String name = param.replaceAll("[\\[=].*", "");
            form(cases, Endpoint.CREATE, param, INVALID_REQUEST, name);
            form(cases, Endpoint.CREATE, "confirm=false&" + param, INVALID_REQUEST, name);
        }
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            form(cases, endpoint, "payment_method=pm_card_visa&payment_method_data[type]=card", PARAMETERS_EXCLUSIVE,
                    "payment_method_data");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method=", PARAMETERS_EXCLUSIVE,
                    "payment_method_data");
        }
        form(cases, Endpoint.CREATE, "payment_method_types[0]=card&automatic_payment_methods[enabled]=true",
                PARAMETERS_EXCLUSIVE, "payment_method_types");
        form(cases, Endpoint.LIST, "starting_after=pi_1&ending_before=pi_2", PARAMETERS_EXCLUSIVE, "ending_before");
    }

    static void metadata(List<Case> cases) {
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "metadata[k" + i + "]=v").collect(Collectors.joining("&"));
        String longKey = "k".repeat(41);
        String longValue = "v".repeat(501);
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CAPTURE, Endpoint.LIST)) {
            form(cases, endpoint, fiftyOne, INVALID_REQUEST, "metadata");
            form(cases, endpoint, "metadata[" + longKey + "]=v", INVALID_REQUEST, "metadata[" + longKey + "]");
            form(cases, endpoint, "metadata[k]=" + longValue, INVALID_REQUEST, "metadata[k]");
            form(cases, endpoint, "metadata[k][nested]=v", INVALID_REQUEST, "metadata[k]");
            form(cases, endpoint, "metadata[k][]=v", INVALID_REQUEST, "metadata[k]");
            form(cases, endpoint, "metadata=abc", INVALID_REQUEST, "metadata");
            form(cases, endpoint, "metadata[]=v", INVALID_REQUEST, "metadata");
        }
        form(cases, Endpoint.CREATE, "payment_method_data[type]=card&payment_method_data[card][token]=tok_visa&"
                + "payment_method_data[metadata][" + longKey + "]=v", INVALID_REQUEST,
                "payment_method_data[metadata][" + longKey + "]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"metadata\":{\"a\":{\"b\":1}}}",
                INVALID_REQUEST, "metadata[a]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"metadata\":{\"a\":[1]}}",
                INVALID_REQUEST, "metadata[a]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"metadata\":{\"a[b]\":\"1\"}}",
                INVALID_REQUEST, "metadata[a[b]]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"metadata\":{\"\":\"1\"}}",
                INVALID_REQUEST, "metadata[]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"metadata\":[\"a\"]}",
                INVALID_REQUEST, "metadata");
        json(cases, Endpoint.UPDATE, "{\"metadata\":\"x\"}", INVALID_REQUEST, "metadata");
    }

    static void strings(List<Case> cases) {
        String s1001 = "d".repeat(1001);
        String s5001 = "s".repeat(5001);
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE)) {
            form(cases, endpoint, "description=" + s1001, INVALID_REQUEST, "description");
            form(cases, endpoint, "customer=" + s5001, INVALID_REQUEST, "customer");
            form(cases, endpoint, "description[x]=1", INVALID_REQUEST, "description");
        }
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            form(cases, endpoint, "shipping[name]=" + s5001 + "&shipping[address][line1]=y", INVALID_REQUEST,
                    "shipping[name]");
            form(cases, endpoint, "shipping[name]=B&shipping[address][line1]=" + s5001, INVALID_REQUEST,
                    "shipping[address][line1]");
            form(cases, endpoint, "shipping[name]=B&shipping[address][line1]=y&shipping[phone]=" + s5001,
                    INVALID_REQUEST, "shipping[phone]");
            for (String email : List.of("plain", "a%40b", "%40b.example", "a%40b.", "a+b%40c.example", "a%40%40b.co",
                    "a%40b..co", "a%40.co")) {
                form(cases, endpoint, "receipt_email=" + email, INVALID_REQUEST, "receipt_email");
            }
            form(cases, endpoint, "receipt_email=" + s5001 + "%40b.co", INVALID_REQUEST, "receipt_email");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card][token]=tok_visa"
                    + "&payment_method_data[billing_details][email]=nope", INVALID_REQUEST,
                    "payment_method_data[billing_details][email]");
        }
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CAPTURE)) {
            for (String descriptor : List.of("ACME", "ACME+STORE", "x".repeat(23), "12345", "AC%3CME", "AC%22ME",
                    "AC%27ME", "AC%5CME", "AC%3EME")) {
                form(cases, endpoint, "statement_descriptor=" + descriptor, INVALID_REQUEST, "statement_descriptor");
            }
            for (String suffix : List.of("x".repeat(23), "12345", "AC%3CME", "AC%22ME", "AC%27ME", "AC%5CME", "%20%20")) {
                form(cases, endpoint, "statement_descriptor_suffix=" + suffix, INVALID_REQUEST,
                        "statement_descriptor_suffix");
            }
        }
        for (String url : List.of("relative%2Fpath", "%2F%2Fhost%2Fpath", "http%3A%2F%2F", "https%3A", "javascript%3Aalert(1)",
                "JavaScript%3Aalert(1)", "data%3Atext%2Fhtml%2Cx", "file%3A%2F%2F%2Fetc%2Fpasswd", "http%3A%2F%2Fa%20b",
                "vbscript%3Ax", "%3Anoscheme")) {
            form(cases, Endpoint.CONFIRM, "return_url=" + url, INVALID_REQUEST, "return_url");
            form(cases, Endpoint.CREATE, "confirm=true&payment_method=pm_card_visa&return_url=" + url, INVALID_REQUEST,
                    "return_url");
        }
        for (String currency : List.of("us", "usdx", "12a", "u%24d", "%C3%BCsd", "u+d", "dollars")) {
            cases.add(new Case(Endpoint.CREATE, false, "amount=1000&currency=" + currency, INVALID_REQUEST, "currency"));
            form(cases, Endpoint.UPDATE, "currency=" + currency, INVALID_REQUEST, "currency");
            form(cases, Endpoint.LIST, "currency=" + currency, INVALID_REQUEST, "currency");
        }
        cases.add(new Case(Endpoint.SEARCH, false, "query=" + "a".repeat(5001), INVALID_REQUEST, "query"));
        form(cases, Endpoint.CREATE, "payment_method=" + s5001, INVALID_REQUEST, "payment_method");
        form(cases, Endpoint.LIST, "starting_after[x]=pi_1", INVALID_REQUEST, "starting_after");
    }

    static void objects(List<Case> cases) {
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            form(cases, endpoint, "shipping=abc", INVALID_REQUEST, "shipping");
            form(cases, endpoint, "shipping[]=abc", INVALID_REQUEST, "shipping");
            form(cases, endpoint, "shipping[name]=B&shipping[address]=abc", INVALID_REQUEST, "shipping[address]");
            form(cases, endpoint, "payment_method_data=abc", INVALID_REQUEST, "payment_method_data");
            form(cases, endpoint, "payment_method_data[type]=card&payment_method_data[card]=4242", INVALID_REQUEST,
                    "payment_method_data[card]");
            form(cases, endpoint, "payment_method_options=abc", INVALID_REQUEST, "payment_method_options");
            form(cases, endpoint, "payment_method_options[card]=abc", INVALID_REQUEST, "payment_method_options[card]");
        }
        form(cases, Endpoint.CREATE, "automatic_payment_methods=true", INVALID_REQUEST, "automatic_payment_methods");
        form(cases, Endpoint.LIST, "created[gte][x]=1", PARAMETER_INVALID_INTEGER, "created[gte]");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"shipping\":[\"B\"]}", INVALID_REQUEST,
                "shipping");
        json(cases, Endpoint.CREATE, "{\"amount\":1000,\"currency\":\"usd\",\"description\":{\"a\":1}}",
                INVALID_REQUEST, "description");
    }

    static void lists(List<Case> cases) {
        for (Endpoint endpoint : List.of(Endpoint.CREATE, Endpoint.UPDATE, Endpoint.CONFIRM)) {
            for (String types : List.of("payment_method_types[0]=ach", "payment_method_types[0]=card"
                    + "&payment_method_types[1]=sepa_debit", "payment_method_types[]=Card", "payment_method_types=card",
                    "payment_method_types[0][x]=card")) {
                form(cases, endpoint, types, INVALID_REQUEST, "payment_method_types");
            }
            form(cases, endpoint, "payment_method_types=", PARAMETER_INVALID_EMPTY, "payment_method_types");
        }
        for (Endpoint endpoint : ALL) {
            form(cases, endpoint, "expand=latest_charge", INVALID_REQUEST, "expand");
            form(cases, endpoint, "expand[0][x]=latest_charge", INVALID_REQUEST, "expand");
        }
    }

    static void expansions(List<Case> cases) {
        for (Endpoint endpoint : ALL) {
            boolean list = endpoint == Endpoint.LIST || endpoint == Endpoint.SEARCH;
            List<String> refused = list
                    ? List.of("payment_method", "latest_charge", "data.foo",
                    "data.latest_charge.payment_method", "data", "data.")
                    : List.of("foo", "data.payment_method", "total_count", "latest_charge.payment_method",
                    "payment_method.card", "Payment_method");
            for (String path : refused) {
                form(cases, endpoint, "expand[0]=" + path, INVALID_REQUEST, null);
                form(cases, endpoint, "expand[]=" + (list ? "data.payment_method" : "latest_charge") + "&expand[]="
                        + path, INVALID_REQUEST, null);
            }
        }
    }

    static void jsonOnly(List<Case> cases) {
        String base = "\"amount\":1000,\"currency\":\"usd\"";
        json(cases, Endpoint.CREATE, "{" + base + ",\"quantity\":0}", PARAMETER_INVALID_INTEGER, "quantity");
        json(cases, Endpoint.CREATE, "{" + base + ",\"quantity\":\"two\"}", PARAMETER_INVALID_INTEGER, "quantity");
        json(cases, Endpoint.CREATE, "{" + base + ",\"merchant_order_id\":\"" + "o".repeat(256) + "\"}",
                INVALID_REQUEST, "merchant_order_id");
        json(cases, Endpoint.CREATE, "{" + base + ",\"merchant_user_id\":{\"a\":1}}", INVALID_REQUEST,
                "merchant_user_id");
        json(cases, Endpoint.CREATE, "{" + base + ",\"payment_method\":\"accounts/acct_beta/payment-methods/pm_1\"}",
                INVALID_REQUEST, "payment_method");
        json(cases, Endpoint.CREATE, "{" + base + ",\"invoice\":\"in_1\"}", PARAMETER_UNKNOWN, "invoice");
        json(cases, Endpoint.CREATE, "{" + base + ",\"3ds_status\":\"x\"}", PARAMETER_UNKNOWN, "3ds_status");
        json(cases, Endpoint.CREATE, "{" + base + ",\"order_id\":\"x\"}", PARAMETER_UNKNOWN, "order_id");
        json(cases, Endpoint.UPDATE, "{\"quantity\":2}", PARAMETER_UNKNOWN, "quantity");
        json(cases, Endpoint.CONFIRM, "{\"merchant_order_id\":\"o\"}", PARAMETER_UNKNOWN, "merchant_order_id");
        json(cases, Endpoint.CREATE, "{" + base + ",\"shipping\":{\"name\":\"B\",\"address\":{\"line1\":\"y\"},"
                + "\"foo\":1}}", PARAMETER_UNKNOWN, "shipping[foo]");
        json(cases, Endpoint.CREATE, "{" + base + ",\"payment_method_data\":{\"type\":\"card\",\"card\":"
                + "{\"exp_month\":12.5}}}", PARAMETER_INVALID_INTEGER, "payment_method_data[card][exp_month]");
        json(cases, Endpoint.CREATE, "{" + base + ",\"payment_method_data\":{\"type\":\"card\",\"card\":"
                + "{\"exp_month\":\"December\"}}}", PARAMETER_INVALID_INTEGER, "payment_method_data[card][exp_month]");
    }
}
