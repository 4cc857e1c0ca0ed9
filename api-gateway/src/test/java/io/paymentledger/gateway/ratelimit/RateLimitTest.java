package io.paymentledger.gateway.ratelimit;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The test configuration gives the key ending in 1111 one read and one write per second (an override; the default
 * is off): the second read within a second answers Stripe's 429, while writes have a budget of their own.
 */
class RateLimitTest extends GatewayWebTest {

    private static final String LIMITED = "Bearer sk_test_limited1111";
    private static final int ATTEMPTS = 20;

    @Test
    void answersStripesRateLimitErrorOnceTheReadBudgetIsSpentAndKeepsTheWriteBudget() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        MockHttpServletResponse limited = null;
        for (int i = 0; i < ATTEMPTS && limited == null; i++) {
            MockHttpServletResponse response = mvc.perform(get("/v1/payment_intents/pi_1")
                    .header("Authorization", LIMITED)).andReturn().getResponse();
            limited = response.getStatus() == 429 ? response : null;
        }
        assertThat(limited).as("a 429 within %d reads at one read per second", ATTEMPTS).isNotNull();
        String body = limited.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.error.type")).isEqualTo("invalid_request_error");
        assertThat((String) JsonPath.read(body, "$.error.code")).isEqualTo("rate_limit");
        assertThat((String) JsonPath.read(body, "$.error.message")).isEqualTo("Too many requests hit the API too "
                + "quickly. We recommend an exponential backoff of your requests.");

        int write = mvc.perform(post("/v1/payment_intents").header("Authorization", LIMITED)
                .contentType("application/x-www-form-urlencoded").content("currency=usd")).andReturn()
                .getResponse().getStatus();
        assertThat(write).as("the write budget is separate from the spent read budget").isEqualTo(400);
    }

    @Test
    void leavesKeysWithoutABudgetUnlimited() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        for (int i = 0; i < ATTEMPTS; i++) {
            assertThat(mvc.perform(authorized(get("/v1/payment_intents/pi_1"))).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
        }
    }
}
