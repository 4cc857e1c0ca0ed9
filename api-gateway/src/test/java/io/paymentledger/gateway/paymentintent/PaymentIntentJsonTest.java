package io.paymentledger.gateway.paymentintent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.charge.ChargeJson;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.ChargeDetailView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.paymentledger.gateway.paymentintent.WireFixtures.BASE;
import static io.paymentledger.gateway.paymentintent.WireFixtures.ID;
import static io.paymentledger.gateway.paymentintent.WireFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentIntentJsonTest {

    static final List<String> STRIPE_FIELDS = List.of("id", "object", "amount", "amount_capturable", "amount_details",
            "amount_received", "application", "application_fee_amount", "automatic_payment_methods", "canceled_at",
            "cancellation_reason", "capture_method", "client_secret", "confirmation_method", "created", "currency",
            "customer", "customer_account", "description", "excluded_payment_method_types", "last_payment_error",
            "latest_charge", "livemode", "metadata", "next_action", "on_behalf_of", "payment_method",
            "payment_method_configuration_details", "payment_method_options", "payment_method_types", "processing",
            "receipt_email", "review", "setup_future_usage", "shipping", "source", "statement_descriptor",
            "statement_descriptor_suffix", "status", "transfer_data", "transfer_group");
    static final Expansions BOTH = new Expansions(Set.of("payment_method", "latest_charge"), false);

    static Map<String, Object> render(PaymentIntentView view) {
        return PaymentIntentJson.intent(view, Expansions.NONE, BASE);
    }

    /** A map that, unlike {@code Map.of}, may hold nulls: key, value, key, value… */
    static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Nested
    class Intent {

        @Test
        void rendersEveryFieldOfTheStripeObjectAndNoOther() {
            assertThat(render(WireFixtures.authorized())).containsOnlyKeys(STRIPE_FIELDS);
            assertThat(render(WireFixtures.declined())).containsOnlyKeys(STRIPE_FIELDS);
        }

        @Test
        void rendersTheManualCaptureExampleOfTheSpec() {
            Map<String, Object> json = render(WireFixtures.authorized());

            assertThat(json).containsEntry("id", ID).containsEntry("object", "payment_intent")
                    .containsEntry("amount", 2000L).containsEntry("amount_capturable", 2000L)
                    .containsEntry("amount_received", 0L).containsEntry("amount_details", Map.of("tip", Map.of()))
                    .containsEntry("capture_method", "manual").containsEntry("confirmation_method", "automatic")
                    .containsEntry("client_secret", SECRET).containsEntry("created", 1763900000L)
                    .containsEntry("currency", "usd").containsEntry("customer", "cus_1")
                    .containsEntry("description", "Order A-1").containsEntry("latest_charge", "ch_1")
                    .containsEntry("livemode", false).containsEntry("metadata", Map.of("order_id", "A-1"))
                    .containsEntry("payment_method", "pm_1").containsEntry("payment_method_types", List.of("card"))
                    .containsEntry("receipt_email", "r@b.co").containsEntry("setup_future_usage", "off_session")
                    .containsEntry("statement_descriptor_suffix", "A1").containsEntry("status", "requires_capture");
            assertThat(map(json.get("payment_method_options")).get("card")).isEqualTo(entries("installments", null,
                    "mandate_options", null, "network", null, "request_three_d_secure", "automatic"));
        }

        @Test
        void rendersAbsentValuesAsNullNotAsMissingKeys() {
            Map<String, Object> json = render(WireFixtures.fromSeed());

            for (String field : List.of("application", "application_fee_amount", "canceled_at", "cancellation_reason",
                    "customer", "customer_account", "description", "excluded_payment_method_types",
                    "last_payment_error", "latest_charge", "next_action", "on_behalf_of", "payment_method",
                    "payment_method_configuration_details", "processing", "receipt_email", "review",
                    "setup_future_usage", "shipping", "source", "statement_descriptor", "statement_descriptor_suffix",
                    "transfer_data", "transfer_group")) {
                assertThat(json).containsEntry(field, null);
            }
            assertThat(json).containsEntry("metadata", Map.of())
                    .containsEntry("automatic_payment_methods", Map.of("allow_redirects", "always", "enabled", true));
            assertThat(map(map(json.get("payment_method_options")).get("card")))
                    .containsEntry("request_three_d_secure", "automatic");
        }

        @Test
        void rendersEveryShippingSubFieldEvenWhenUnset() {
            Map<String, Object> shipping = map(render(WireFixtures.authorized()).get("shipping"));

            assertThat(shipping).containsOnlyKeys("address", "carrier", "name", "phone", "tracking_number")
                    .containsEntry("name", "B").containsEntry("carrier", null);
            assertThat(map(shipping.get("address")))
                    .containsOnlyKeys("city", "country", "line1", "line2", "postal_code", "state")
                    .containsEntry("line1", "y").containsEntry("city", null);
        }

        @Test
        void expandsThePaymentMethodAndTheLatestChargeOnRequest() {
            Map<String, Object> json = PaymentIntentJson.intent(WireFixtures.authorized(), BOTH, BASE);

            assertThat(map(json.get("payment_method"))).containsEntry("id", "pm_1")
                    .containsEntry("object", "payment_method");
            assertThat(map(json.get("latest_charge"))).containsEntry("id", "ch_1").containsEntry("object", "charge")
                    .containsEntry("payment_intent", ID);
        }

        @Test
        void showsProcessingOnlyWhileProcessing() {
            PaymentIntentView v = WireFixtures.authorized();
            PaymentIntentView processing = new PaymentIntentView(v.id(), v.accountId(), v.version(), v.created(),
                    v.amount(), v.currency(), PaymentIntentStatus.PROCESSING, 0, 0, v.clientSecret(), v.details(),
                    v.paymentMethod(), v.latestCharge(), null, null, null, null);

            assertThat(render(processing)).containsEntry("processing", Map.of("type", "card"));
            assertThat(render(v)).containsEntry("processing", null);
        }

        @Test
        void redirectsToTheHostedPageWhenAReturnUrlWasGiven() {
            Map<String, Object> action = map(render(WireFixtures.requiresAction("https://m.example/r"))
                    .get("next_action"));

            assertThat(action).containsEntry("type", "redirect_to_url");
            assertThat(map(action.get("redirect_to_url")))
                    .containsEntry("url", BASE + "/authenticate/" + ID + "?client_secret=" + SECRET)
                    .containsEntry("return_url", "https://m.example/r");
        }

        @Test
        void pointsStripeJsAtTheHostedPageOtherwise() {
            Map<String, Object> action = map(render(WireFixtures.requiresAction(null)).get("next_action"));

            assertThat(action).containsEntry("type", "use_stripe_sdk").containsOnlyKeys("type", "use_stripe_sdk");
            assertThat(map(action.get("use_stripe_sdk"))).containsEntry("type", "three_d_secure_redirect")
                    .containsEntry("stripe_js", BASE + "/authenticate/" + ID + "?client_secret=" + SECRET);
        }

        @Test
        void rendersTheLastPaymentErrorWithoutNullKeysAndWithTheFailedMethod() {
            Map<String, Object> error = map(render(WireFixtures.declined()).get("last_payment_error"));

            assertThat(error).containsOnlyKeys("type", "code", "decline_code", "message", "doc_url", "charge",
                    "payment_method", "payment_method_type")
                    .containsEntry("type", "card_error").containsEntry("code", "card_declined")
                    .containsEntry("decline_code", "insufficient_funds").containsEntry("charge", "ch_2")
                    .containsEntry("doc_url", "https://docs.stripe.com/error-codes/card-declined");
            assertThat(map(error.get("payment_method"))).containsEntry("id", "pm_2");
        }

        @Test
        void echoesMerchantReferencesOnlyOnIntentsThatUsedThem() {
            assertThat(render(WireFixtures.fromSeed())).containsEntry("quantity", 1L)
                    .containsEntry("merchant_order_id", "o-1").doesNotContainKey("merchant_user_id");
            assertThat(render(WireFixtures.authorized())).doesNotContainKeys("quantity", "merchant_order_id");
        }

        @Test
        void neverRendersTheProcessorsCardReference() throws Exception {
            String text = new ObjectMapper().writeValueAsString(PaymentIntentJson.intent(WireFixtures.declined(),
                    BOTH, BASE));

            assertThat(text).doesNotContain("processor-ref-secret").doesNotContain("processor_reference");
        }
    }

    @Nested
    class RelatedObjects {

        @Test
        void rendersAPaymentMethodWithEveryBillingAndCardField() {
            Map<String, Object> pm = PaymentIntentJson.paymentMethod(WireFixtures.visa("pm_1"));

            assertThat(pm).containsEntry("type", "card").containsEntry("livemode", false)
                    .containsEntry("allow_redisplay", "unspecified").containsEntry("created", 1763900000L)
                    .containsEntry("customer", null).containsEntry("metadata", Map.of("pm_key", "v"));
            assertThat(map(pm.get("billing_details"))).containsOnlyKeys("address", "email", "name", "phone", "tax_id");
            assertThat(map(pm.get("card"))).containsEntry("brand", "visa").containsEntry("last4", "4242")
                    .containsEntry("exp_month", 12).containsEntry("exp_year", 2030)
                    .containsEntry("fingerprint", "fp_abc").containsEntry("display_brand", "visa")
                    .containsEntry("checks", entries("address_line1_check", null, "address_postal_code_check", null,
                            "cvc_check", "pass"));
        }

        @Test
        void rendersAFailedChargeWithTheIssuersReason() {
            PaymentIntentView declined = WireFixtures.declined();
            Map<String, Object> charge = ChargeJson.charge(ChargeDetailView.latestOf(declined), false);

            assertThat(charge).containsEntry("status", "failed").containsEntry("paid", false)
                    .containsEntry("failure_code", "card_declined").containsEntry("amount_refunded", 0L)
                    .containsEntry("refunded", false).containsEntry("payment_method", "pm_2")
                    .containsEntry("customer", "cus_1");
            assertThat(map(charge.get("outcome"))).containsEntry("type", "issuer_declined")
                    .containsEntry("reason", "insufficient_funds").containsEntry("network_status", "declined_by_network");
            assertThat(map(map(charge.get("payment_method_details")).get("card"))).containsEntry("last4", "4242");
        }

        @Test
        void rendersASucceededChargeAsPaidAndAuthorized() {
            PaymentIntentView authorized = WireFixtures.authorized();
            Map<String, Object> charge = ChargeJson.charge(ChargeDetailView.latestOf(authorized), false);

            assertThat(charge).containsEntry("paid", true).containsEntry("status", "succeeded")
                    .containsEntry("failure_code", null);
            assertThat(map(charge.get("outcome"))).containsEntry("type", "authorized").containsEntry("reason", null);
        }
    }

    @Nested
    class Collections {

        @Test
        void rendersAListWithARelativeUrl() {
            Map<String, Object> list = PaymentIntentJson.list(List.of(WireFixtures.authorized()), true,
                    PaymentIntentJson.LIST_URL, new Expansions(Set.of("payment_method"), false), BASE);

            assertThat(list).containsOnlyKeys("object", "data", "has_more", "url").containsEntry("object", "list")
                    .containsEntry("has_more", true).containsEntry("url", "/v1/payment_intents");
            List<?> data = (List<?>) list.get("data");
            assertThat(map(map(data.get(0)).get("payment_method"))).containsEntry("id", "pm_1");
        }

        @Test
        void rendersAnEmptyPage() {
            assertThat(PaymentIntentJson.list(List.of(), false, "/v1/payment_intents", Expansions.NONE, BASE))
                    .containsEntry("data", List.of()).containsEntry("has_more", false);
        }

        @Test
        void addsTheTotalCountToSearchResultsOnlyWhenExpanded() {
            PaymentIntentSearchResult result = new PaymentIntentSearchResult(List.of(WireFixtures.authorized()), true,
                    "page_2", 42L);

            assertThat(PaymentIntentJson.searchResult(result, Expansions.NONE, BASE))
                    .containsOnlyKeys("object", "data", "has_more", "next_page", "url")
                    .containsEntry("object", "search_result").containsEntry("next_page", "page_2")
                    .containsEntry("url", "/v1/payment_intents/search");
            assertThat(PaymentIntentJson.searchResult(result, new Expansions(Set.of(), true), BASE))
                    .containsEntry("total_count", 42L);
        }
    }

    @Nested
    class Errors {

        @Test
        void rendersAValidationErrorWithItsDocUrlAndNoNullKeys() {
            Map<String, Object> json = PaymentIntentJson.error(new PaymentError(PaymentErrorCode.PARAMETER_MISSING,
                    null, "Missing required param: amount.", "amount"), null, "req_1", "https://docs.example/");

            assertThat(json).containsOnlyKeys("error");
            assertThat(map(json.get("error"))).containsOnlyKeys("type", "code", "message", "param", "doc_url")
                    .containsEntry("type", "invalid_request_error").containsEntry("code", "parameter_missing")
                    .containsEntry("param", "amount")
                    .containsEntry("doc_url", "https://docs.example/error-codes/parameter-missing");
        }

        @Test
        void rendersAnErrorWithoutACodeAsAnApiError() {
            Map<String, Object> error = map(PaymentIntentJson.error(new PaymentError(null, null, "boom", null), null,
                    "req_1", "https://docs.example").get("error"));

            assertThat(error).containsOnlyKeys("type", "message").containsEntry("type", "api_error");
        }

        @Test
        void leavesOutCodeAndDocUrlWhenStripeSendsNoCode() {
            Map<String, Object> error = map(PaymentIntentJson.error(new PaymentError(PaymentErrorCode.INVALID_REQUEST,
                    null, "Invalid boolean: yes", "confirm"), null, "req_1", "https://docs.example").get("error"));

            assertThat(error).containsOnlyKeys("type", "message", "param");
        }

        @Test
        void rendersACardErrorWithTheChargeTheIntentAndTheFailedMethod() {
            WireLinks links = new WireLinks(BASE, "https://docs.example", "https://dash.example/logs/");
            Map<String, Object> error = map(PaymentIntentJson.error(WireFixtures.insufficientFunds(),
                    WireFixtures.declined(), "req_9", links).get("error"));

            assertThat(error).containsOnlyKeys("type", "code", "decline_code", "message", "doc_url", "charge",
                    "payment_intent", "payment_method", "request_log_url")
                    .containsEntry("type", "card_error").containsEntry("code", "card_declined")
                    .containsEntry("decline_code", "insufficient_funds").containsEntry("charge", "ch_2")
                    .containsEntry("request_log_url", "https://dash.example/logs/req_9");
            assertThat(map(error.get("payment_intent"))).containsOnlyKeys(STRIPE_FIELDS)
                    .containsEntry("status", "requires_payment_method");
            assertThat(map(error.get("payment_method"))).containsEntry("id", "pm_2");
        }

        @Test
        void includesTheIntentButNoCardFieldsForAnUnexpectedState() {
            Map<String, Object> error = map(PaymentIntentJson.error(new PaymentError(
                    PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null, "…has already been captured.", null),
                    WireFixtures.declined(), "req_1", WireLinks.of(BASE)).get("error"));

            assertThat(error).containsKey("payment_intent").doesNotContainKeys("charge", "payment_method",
                    "decline_code", "request_log_url");
        }
    }
}
