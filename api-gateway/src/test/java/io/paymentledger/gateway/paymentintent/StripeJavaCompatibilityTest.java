package io.paymentledger.gateway.paymentintent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentIntentCollection;
import com.stripe.model.PaymentIntentSearchResult;
import com.stripe.model.StripeError;
import com.stripe.net.ApiResource;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.WireLinks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.paymentledger.gateway.paymentintent.WireFixtures.BASE;
import static io.paymentledger.gateway.paymentintent.WireFixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The official client's own deserializer reads what we render, with every field where it expects it. */
class StripeJavaCompatibilityTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Expansions BOTH = new Expansions(Set.of("payment_method", "latest_charge"), false);

    static String json(Object rendered) throws Exception {
        return JACKSON.writeValueAsString(rendered);
    }

    @Test
    void readsEveryFieldOfAnAuthorizedIntentWithExpansions() throws Exception {
        PaymentIntent intent = ApiResource.GSON.fromJson(
                json(PaymentIntentJson.intent(WireFixtures.authorized(), BOTH, BASE)), PaymentIntent.class);

        assertThat(intent.getId()).isEqualTo(ID);
        assertThat(intent.getObject()).isEqualTo("payment_intent");
        assertThat(intent.getAmount()).isEqualTo(2000L);
        assertThat(intent.getAmountCapturable()).isEqualTo(2000L);
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(intent.getAmountDetails()).isNotNull();
        assertThat(intent.getCaptureMethod()).isEqualTo("manual");
        assertThat(intent.getConfirmationMethod()).isEqualTo("automatic");
        assertThat(intent.getClientSecret()).isEqualTo(WireFixtures.SECRET);
        assertThat(intent.getCreated()).isEqualTo(1763900000L);
        assertThat(intent.getCurrency()).isEqualTo("usd");
        assertThat(intent.getCustomer()).isEqualTo("cus_1");
        assertThat(intent.getDescription()).isEqualTo("Order A-1");
        assertThat(intent.getLivemode()).isFalse();
        assertThat(intent.getMetadata()).isEqualTo(Map.of("order_id", "A-1"));
        assertThat(intent.getPaymentMethodTypes()).isEqualTo(List.of("card"));
        assertThat(intent.getPaymentMethodOptions().getCard().getRequestThreeDSecure()).isEqualTo("automatic");
        assertThat(intent.getReceiptEmail()).isEqualTo("r@b.co");
        assertThat(intent.getSetupFutureUsage()).isEqualTo("off_session");
        assertThat(intent.getShipping().getName()).isEqualTo("B");
        assertThat(intent.getShipping().getAddress().getLine1()).isEqualTo("y");
        assertThat(intent.getStatementDescriptorSuffix()).isEqualTo("A1");
        assertThat(intent.getStatus()).isEqualTo("requires_capture");
        assertThat(intent.getPaymentMethod()).isEqualTo("pm_1");
        assertThat(intent.getPaymentMethodObject().getCard().getLast4()).isEqualTo("4242");
        assertThat(intent.getPaymentMethodObject().getCard().getChecks().getCvcCheck()).isEqualTo("pass");
        assertThat(intent.getPaymentMethodObject().getBillingDetails().getAddress().getCity()).isEqualTo("Berlin");
        Charge charge = intent.getLatestChargeObject();
        assertThat(intent.getLatestCharge()).isEqualTo("ch_1");
        assertThat(charge.getOutcome().getType()).isEqualTo("authorized");
        assertThat(charge.getPaymentMethodDetails().getCard().getBrand()).isEqualTo("visa");
        assertThat(charge.getPaymentIntent()).isEqualTo(ID);
        assertThat(charge.getPaid()).isTrue();
    }

    @Test
    void readsTheLastPaymentErrorOfADeclinedIntent() throws Exception {
        PaymentIntent intent = ApiResource.GSON.fromJson(
                json(PaymentIntentJson.intent(WireFixtures.declined(), Expansions.NONE, BASE)), PaymentIntent.class);

        StripeError error = intent.getLastPaymentError();
        assertThat(error.getType()).isEqualTo("card_error");
        assertThat(error.getCode()).isEqualTo("card_declined");
        assertThat(error.getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(error.getCharge()).isEqualTo("ch_2");
        assertThat(error.getPaymentMethod().getId()).isEqualTo("pm_2");
        assertThat(intent.getLatestCharge()).isEqualTo("ch_2");
        assertThat(intent.getPaymentMethod()).isNull();
    }

    @Test
    void readsTheRedirectOfAnIntentThatRequiresAction() throws Exception {
        PaymentIntent intent = ApiResource.GSON.fromJson(json(PaymentIntentJson.intent(
                WireFixtures.requiresAction("https://m.example/r"), Expansions.NONE, BASE)), PaymentIntent.class);

        assertThat(intent.getNextAction().getType()).isEqualTo("redirect_to_url");
        assertThat(intent.getNextAction().getRedirectToUrl().getUrl()).startsWith(BASE + "/authenticate/" + ID);
        assertThat(intent.getNextAction().getRedirectToUrl().getReturnUrl()).isEqualTo("https://m.example/r");
    }

    @Test
    void readsMerchantReferenceIntentsDespiteTheExtraFields() throws Exception {
        PaymentIntent intent = ApiResource.GSON.fromJson(
                json(PaymentIntentJson.intent(WireFixtures.fromSeed(), Expansions.NONE, BASE)), PaymentIntent.class);

        assertThat(intent.getAutomaticPaymentMethods().getEnabled()).isTrue();
        assertThat(intent.getAutomaticPaymentMethods().getAllowRedirects()).isEqualTo("always");
        assertThat(intent.getMetadata()).isEmpty();
    }

    @Test
    void readsAListAndASearchResult() throws Exception {
        PaymentIntentCollection list = ApiResource.GSON.fromJson(json(PaymentIntentJson.list(
                List.of(WireFixtures.authorized(), WireFixtures.declined()), true, PaymentIntentJson.LIST_URL,
                Expansions.NONE, BASE)), PaymentIntentCollection.class);
        PaymentIntentSearchResult search = ApiResource.GSON.fromJson(json(PaymentIntentJson.searchResult(
                new io.paymentledger.messages.paymentintent.PaymentIntentSearchResult(
                        List.of(WireFixtures.authorized()), true, "next", 7L), new Expansions(Set.of(), true), BASE)),
                PaymentIntentSearchResult.class);

        assertThat(list.getData()).extracting(PaymentIntent::getId).containsExactly(ID, ID);
        assertThat(list.getHasMore()).isTrue();
        assertThat(list.getUrl()).isEqualTo("/v1/payment_intents");
        assertThat(search.getNextPage()).isEqualTo("next");
        assertThat(search.getTotalCount()).isEqualTo(7L);
        assertThat(search.getData()).hasSize(1);
    }

    @Test
    void readsTheErrorEnvelopeOfADecline() throws Exception {
        JsonObject envelope = ApiResource.GSON.fromJson(json(PaymentIntentJson.error(WireFixtures.insufficientFunds(),
                WireFixtures.declined(), "req_1", WireLinks.of(BASE))), JsonObject.class);
        StripeError error = ApiResource.GSON.fromJson(envelope.get("error"), StripeError.class);

        assertThat(error.getType()).isEqualTo("card_error");
        assertThat(error.getCode()).isEqualTo("card_declined");
        assertThat(error.getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(error.getCharge()).isEqualTo("ch_2");
        assertThat(error.getDocUrl()).isEqualTo("https://docs.stripe.com/error-codes/card-declined");
        assertThat(error.getPaymentIntent().getStatus()).isEqualTo("requires_payment_method");
        assertThat(error.getPaymentIntent().getLastPaymentError().getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(error.getPaymentMethod().getCard().getLast4()).isEqualTo("4242");
    }
}
