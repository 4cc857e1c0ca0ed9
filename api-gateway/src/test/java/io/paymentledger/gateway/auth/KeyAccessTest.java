package io.paymentledger.gateway.auth;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Rotation keys, restricted and publishable keys, and the Stripe-Account header, over the wire. */
class KeyAccessTest extends GatewayWebTest {

    private static final String ALPHA_NEXT = "sk_test_alphaNext0000";
    private static final String READER = "rk_test_reader9999";
    private static final String PUBLISHABLE = "pk_test_alphaPub4321";

    private static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + key);
    }

    @Test
    void bothKeysOfAnAccountWorkDuringARotation() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(as(ALPHA_KEY, get("/v1/payment_intents/pi_1"))).andExpect(status().isOk());
        mvc.perform(as(ALPHA_NEXT, get("/v1/payment_intents/pi_1"))).andExpect(status().isOk());
    }

    @Test
    void restrictedKeyReadsWhatItMayAndIsRefusedTheRestWithStripesPermissionError() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(as(READER, get("/v1/payment_intents/pi_1"))).andExpect(status().isOk());

        mvc.perform(as(READER, post("/v1/payment_intents")).contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=usd"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.code").doesNotExist())
                .andExpect(jsonPath("$.error.message").value("The provided key 'rk_test_…9999' does not have the "
                        + "required permissions for this endpoint on account 'acct_alpha'. Having the "
                        + "'rak_payment_intent_write' permission would allow this request to continue."));
        mvc.perform(as(READER, get("/v1/webhook_endpoints"))).andExpect(status().isForbidden());
        mvc.perform(as(READER, delete("/v1/webhook_endpoints/we_1"))).andExpect(status().isForbidden());
        mvc.perform(as(READER, get("/v1/balances"))).andExpect(status().isForbidden());
        // Charges and refunds are resources of their own, as on Stripe: reading intents does not open them.
        mvc.perform(as(READER, get("/v1/charges"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("'rak_charge_read'")));
        mvc.perform(as(READER, get("/v1/refunds/re_1"))).andExpect(status().isForbidden());
        mvc.perform(as(READER, post("/v1/refunds")).contentType("application/x-www-form-urlencoded")
                        .content("payment_intent=pi_1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("'rak_refund_write'")));
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void publishableKeyRetrievesAnIntentOnlyWithItsClientSecret() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(as(PUBLISHABLE, get("/v1/payment_intents/pi_1?client_secret=pi_1_secret_abc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("pi_1"));
        mvc.perform(as(PUBLISHABLE, get("/v1/payment_intents/pi_1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("client_secret"));
        mvc.perform(as(PUBLISHABLE, get("/v1/payment_intents/pi_1?client_secret=pi_1_secret_abd")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("client_secret"));
    }

    @Test
    void publishableKeyConfirmsOnlyWithTheClientSecret() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(as(PUBLISHABLE, post("/v1/payment_intents/pi_1/confirm"))
                        .contentType("application/x-www-form-urlencoded").content("payment_method=pm_card_visa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("client_secret"));
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void publishableKeyIsRefusedEverywhereElseAsOnStripe() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/v1/payment_intents"), get("/v1/payment_intents/search?query=status:'succeeded'"),
                post("/v1/payment_intents"), post("/v1/payment_intents/pi_1/capture"), get("/v1/events"),
                get("/v1/balances"), post("/v1/webhook_endpoints")}) {
            mvc.perform(as(PUBLISHABLE, request))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error.message").value("This API call cannot be made with a publishable "
                            + "API key. Please use a secret API key."));
        }
        Mockito.verifyNoInteractions(commands, queries);
    }

    @Test
    void stripeAccountHeaderMustNameTheKeysOwnAccount() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(as(ALPHA_KEY, get("/v1/payment_intents/pi_1")).header("Stripe-Account", "acct_alpha"))
                .andExpect(status().isOk());
        mvc.perform(as(ALPHA_KEY, get("/v1/payment_intents/pi_1")).header("Stripe-Account", "acct_beta"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.message").value("The provided key 'sk_test_…1234' does not have "
                        + "access to account 'acct_beta' (or that account does not exist)."));
    }

    @Test
    void acceptsTheDevelopmentKeyFromLoopbackOnly() {
        ApiKeyInterceptor development = new ApiKeyInterceptor(ApiKeys.parse(null, true));
        org.springframework.mock.web.MockHttpServletRequest local = request("127.0.0.1");
        assertThat(development.preHandle(local, null, null)).isTrue();
        assertThat(development.preHandle(request("::1"), null, null)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> development.preHandle(request("10.1.2.3"), null, null))
                .hasMessageStartingWith("Invalid API Key provided");
    }

    private static org.springframework.mock.web.MockHttpServletRequest request(String remoteAddress) {
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/v1/payment_intents");
        request.setRemoteAddr(remoteAddress);
        request.addHeader("Authorization", "Bearer sk_test_default");
        return request;
    }
}
