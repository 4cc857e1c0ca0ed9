package io.paymentledger.gateway.auth;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AuthenticationTest extends GatewayWebTest {

    @Test
    void answersMissingKeyWithStripesExact401() throws Exception {
        mvc.perform(get("/v1/payment_intents/pi_1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Stripe\""))
                .andExpect(content().json("""
                        {"error":{"type":"invalid_request_error","message":"You did not provide an API key. You need \
                        to provide your API key in the Authorization header, using Bearer auth (e.g. \
                        'Authorization: Bearer YOUR_SECRET_KEY')."}}""", true));
    }

    @Test
    void treatsASchemeWithoutCredentialsAsAMissingKey() throws Exception {
        mvc.perform(get("/v1/payment_intents/pi_1").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.startsWith(
                        "You did not provide an API key.")));
    }

    @Test
    void answersUnknownKeyShowingOnlyItsLastFourCharacters() throws Exception {
        mvc.perform(get("/v1/payment_intents/pi_1").header("Authorization", "Bearer sk_test_wrongkey9876"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.message").value("Invalid API Key provided: sk_test_********9876"))
                .andExpect(jsonPath("$.error.code").doesNotExist());
        Mockito.verifyNoInteractions(commands, queries);
    }

    @Test
    void refusesPostsWithoutKeyBeforeReadingParameters() throws Exception {
        mvc.perform(post("/v1/payment_intents").contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=usd"))
                .andExpect(status().isUnauthorized());
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void acceptsBasicAuthWithTheKeyAsUserName() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        String basic = Base64.getEncoder().encodeToString((ALPHA_KEY + ":").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/v1/payment_intents/pi_1").header("Authorization", "Basic " + basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("pi_1"));
    }

    @Test
    void acceptsTheBearerSchemeInAnyCase() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(get("/v1/payment_intents/pi_1").header("Authorization", "bearer " + BETA_KEY))
                .andExpect(status().isOk());
    }

    @Test
    void refusesToStartWithoutKeysUnlessTheDevelopmentKeyIsAllowed() {
        assertThatThrownBy(() -> ApiKeys.parse("", false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ApiKeys.parse(null, true).authenticate("sk_test_default"))
                .map(Caller::accountId).contains("acct_default");
    }

    @Test
    void mapsEachKeyToItsAccount() {
        ApiKeys keys = ApiKeys.parse("sk_test_a111=acct_a, sk_test_b222=acct_b", false);
        assertThat(keys.authenticate("sk_test_b222"))
                .contains(new Caller("acct_b", "b222", "sk_test_…b222", KeyKind.SECRET, null));
        assertThat(keys.authenticate("sk_test_b22")).isEmpty();
    }

    @Test
    void keepsOnlyHashesOfTheKeys() throws Exception {
        ApiKeys keys = ApiKeys.parse("sk_test_secretValue77=acct_a", false);
        java.lang.reflect.Field field = ApiKeys.class.getDeclaredField("keys");
        field.setAccessible(true);
        String held = String.valueOf(field.get(keys)) + java.util.Arrays.toString(
                ((java.util.List<?>) field.get(keys)).stream().map(k -> ((ApiKey) k).sha256()).toArray());
        assertThat(held).doesNotContain("secretValue");
        assertThat(((java.util.List<?>) field.get(keys)).stream().map(k -> ((ApiKey) k).sha256().length))
                .containsExactly(32);
    }

    @Test
    void refusesRestrictedKeysWithoutPermissionsOrWithUnknownResources() {
        assertThatThrownBy(() -> ApiKeys.parse("rk_test_x123=acct_a", false)).hasMessageContaining("LEDGER_RESTRICTED_KEYS");
        assertThatThrownBy(() -> ApiKeys.parse("sk_test_a111=acct_a", "rk_test_x123=acct_a:payouts=read", false))
                .hasMessageContaining("payouts=read");
        assertThatThrownBy(() -> ApiKeys.parse("sk_test_a111=acct_a", "rk_test_x123=acct_a:events=admin", false))
                .hasMessageContaining("events=admin");
    }
}
