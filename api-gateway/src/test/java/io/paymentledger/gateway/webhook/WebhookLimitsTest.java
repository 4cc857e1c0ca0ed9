package io.paymentledger.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.admin.RecordAdminAction;
import io.paymentledger.messages.event.ApiEventObject;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.AfterEach;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Limits of the webhook routes, on the account of BETA_KEY (emptied before and after each test): 16 endpoints,
 * string lengths as 400s naming the parameter, Idempotency-Key on creation and resend, cursor paging, the resend
 * budget.
 */
class WebhookLimitsTest extends GatewayWebTest {

    private static final String URL = "https://93.184.216.34/hooks";
    private static final String EVENT = "evt_limits";

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void emptyTheAccount() {
        jdbc.update("DELETE FROM webhook_endpoint WHERE account_id = 'acct_beta'");
        jdbc.update("DELETE FROM webhook_delivery WHERE account_id = 'acct_beta'");
        jdbc.update("DELETE FROM webhook_resend WHERE account_id = 'acct_beta'");
    }

    @Test
    void refusesASeventeenthEndpoint() throws Exception {
        for (int i = 0; i < WebhookEndpointController.MAX_PER_ACCOUNT; i++) {
            create("url=" + URL + "&enabled_events[]=*").andExpect(status().isOk());
        }
        create("url=" + URL + "&enabled_events[]=*").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.message").value("You have reached the maximum of 16 test webhook endpoints."));
        assertThat(endpointCount()).isEqualTo(16);
    }

    @ParameterizedTest
    @CsvSource({"url, 2049", "description, 5001", "api_version, 65", "metadata[order], 501"})
    void refusesOverLongStringsNamingTheParameter(String param, int length) throws Exception {
        String value = param.equals("url") ? URL + "/" + "x".repeat(length - URL.length() - 1) : "x".repeat(length);
        String body = (param.equals("url") ? "" : "url=" + URL + "&") + "enabled_events[]=*&" + form(param, value);
        create(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.param").value(param));
        assertThat(endpointCount()).isZero();
    }

    @Test
    void keepsMetadataAndUpdatesItTheStripeWay() throws Exception {
        String id = JsonPath.read(create("url=" + URL + "&enabled_events[]=*&metadata[a]=1&metadata[b]=2")
                .andExpect(jsonPath("$.metadata.a").value("1")).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(beta(post("/v1/webhook_endpoints/" + id)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("metadata[a]=&metadata[c]=3"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.metadata.a").doesNotExist())
                .andExpect(jsonPath("$.metadata.b").value("2")).andExpect(jsonPath("$.metadata.c").value("3"));
    }

    @Test
    void answersARepeatedCreationWithTheSameEndpoint() throws Exception {
        String first = create("url=" + URL + "&enabled_events[]=*", "key-create-1").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String second = create("url=" + URL + "&enabled_events[]=*", "key-create-1").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(endpointCount()).isEqualTo(1);
        create("url=" + URL + "/other&enabled_events[]=*", "key-create-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("idempotency_error"));
    }

    @Test
    void pagesThroughEndpointsBothWaysWithACorrectHasMore() throws Exception {
        for (int i = 0; i < 5; i++) {
            create("url=" + URL + "&enabled_events[]=*").andExpect(status().isOk());
        }
        List<String> all = JsonPath.read(list("limit=10"), "$.data[*].id");
        assertThat(all).hasSize(5);

        String first = list("limit=2");
        assertThat(JsonPath.<List<String>>read(first, "$.data[*].id")).isEqualTo(all.subList(0, 2));
        assertThat(JsonPath.<Boolean>read(first, "$.has_more")).isTrue();
        String last = list("limit=2&starting_after=" + all.get(3));
        assertThat(JsonPath.<List<String>>read(last, "$.data[*].id")).isEqualTo(all.subList(4, 5));
        assertThat(JsonPath.<Boolean>read(last, "$.has_more")).isFalse();
        String before = list("limit=2&ending_before=" + all.get(4));
        assertThat(JsonPath.<List<String>>read(before, "$.data[*].id")).isEqualTo(all.subList(2, 4));
        assertThat(JsonPath.<Boolean>read(before, "$.has_more")).isTrue();
        String newest = list("limit=2&ending_before=" + all.get(1));
        assertThat(JsonPath.<List<String>>read(newest, "$.data[*].id")).isEqualTo(all.subList(0, 1));
        assertThat(JsonPath.<Boolean>read(newest, "$.has_more")).isFalse();
        mvc.perform(beta(get("/v1/webhook_endpoints?starting_after=we_missing")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.param").value("starting_after"));
    }

    @Test
    void replaysAResendUnderItsKeyAndRefusesResendsBeyondTheBudget() throws Exception {
        eventExists();
        String endpoint = JsonPath.read(create("url=" + URL + "&enabled_events[]=*").andReturn().getResponse()
                .getContentAsString(), "$.id");
        jdbc.update("INSERT INTO webhook_delivery (endpoint_id, account_id, event_id, payment_intent_id, "
                + "intent_sequence, status, attempts, next_attempt_at) VALUES (?, 'acct_beta', ?, 'pi_1', 0, "
                + "'succeeded', 0, 0)", endpoint, EVENT);

        resend("key-resend-1").andExpect(status().isOk());
        resend("key-resend-1").andExpect(status().isOk());
        assertThat(resendsCounted()).isEqualTo(1);

        for (int i = 1; i < 100; i++) {
            resend(null).andExpect(status().isOk());
        }
        resend(null).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error.code").value("rate_limit"));
        assertThat(resendsCounted()).isEqualTo(100);
    }

    @Test
    void recordsEveryResendInTheAdminAuditLogRefusedOnesIncluded() throws Exception {
        eventExists();
        String endpoint = JsonPath.read(create("url=" + URL + "&enabled_events[]=*").andReturn().getResponse()
                .getContentAsString(), "$.id");
        jdbc.update("INSERT INTO webhook_delivery (endpoint_id, account_id, event_id, payment_intent_id, "
                + "intent_sequence, status, attempts, next_attempt_at) VALUES (?, 'acct_beta', ?, 'pi_1', 0, "
                + "'succeeded', 0, 0)", endpoint, EVENT);
        when(commands.send(any(RecordAdminAction.class))).thenReturn(CompletableFuture.completedFuture(null));

        mvc.perform(beta(post("/v1/events/" + EVENT + "/resend")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("webhook_endpoint=" + endpoint)).andExpect(status().isOk());
        mvc.perform(beta(post("/v1/events/evt_unknown/resend")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("")).andExpect(status().isBadRequest());
        mvc.perform(post("/v1/events/" + EVENT + "/resend").header("Authorization", "Bearer sk_test_wrong0000")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("")).andExpect(status().isUnauthorized());

        ArgumentCaptor<RecordAdminAction> recorded = ArgumentCaptor.forClass(RecordAdminAction.class);
        verify(commands, times(3)).send(recorded.capture());
        RecordAdminAction resent = recorded.getAllValues().get(0);
        assertThat(resent.method()).isEqualTo("POST");
        assertThat(resent.path()).isEqualTo("/v1/events/" + EVENT + "/resend");
        assertThat(resent.keyId()).startsWith("sk_test_").doesNotContain(BETA_KEY);
        assertThat(resent.parameters()).isEqualTo("account=acct_beta&webhook_endpoint=" + endpoint);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.outcome()).isNull();
        assertThat(recorded.getAllValues().get(1).status()).isEqualTo(400);
        assertThat(recorded.getAllValues().get(1).outcome()).contains("evt_unknown");
        assertThat(recorded.getAllValues().get(2).status()).isEqualTo(401);
        assertThat(recorded.getAllValues().get(2).keyId()).isNull();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void eventExists() {
        ApiEventView event = new ApiEventView(EVENT, "acct_beta", "payment_intent.created", Instant.EPOCH, 1, "pi_1",
                ApiEventObject.of(PaymentIntentViews.view("pi_1", PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0)), null,
                null, null);
        when(queries.query(argThat(query -> query instanceof FindApiEvent), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.completedFuture(Optional.of(event)));
    }

    private org.springframework.test.web.servlet.ResultActions resend(String key) throws Exception {
        MockHttpServletRequestBuilder request = beta(post("/v1/events/" + EVENT + "/resend"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("");
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private org.springframework.test.web.servlet.ResultActions create(String body) throws Exception {
        return create(body, null);
    }

    private org.springframework.test.web.servlet.ResultActions create(String body, String key) throws Exception {
        MockHttpServletRequestBuilder request = beta(post("/v1/webhook_endpoints"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private String list(String query) throws Exception {
        return mvc.perform(beta(get("/v1/webhook_endpoints?" + query))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private int endpointCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint WHERE account_id = 'acct_beta'",
                Integer.class);
    }

    private int resendsCounted() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM webhook_resend WHERE account_id = 'acct_beta'",
                Integer.class);
    }

    private static MockHttpServletRequestBuilder beta(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + BETA_KEY);
    }

    private static String form(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
