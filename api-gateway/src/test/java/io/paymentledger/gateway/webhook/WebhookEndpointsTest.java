package io.paymentledger.gateway.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.paymentledger.gateway.GatewayWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Webhook endpoints: per account, the secret shown once, and receivers on private networks refused (flag off). */
class WebhookEndpointsTest extends GatewayWebTest {

    /** A public address literal: accepted without any DNS lookup. */
    private static final String PUBLIC_URL = "https://93.184.216.34/hooks";

    @Test
    void showsTheSecretOnlyOnCreationAndKeepsEndpointsWithinTheirAccount() throws Exception {
        MvcResult created = mvc.perform(authorized(post("/v1/webhook_endpoints"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("url=" + PUBLIC_URL + "&enabled_events[]=payment_intent.succeeded"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("webhook_endpoint"))
                .andExpect(jsonPath("$.id").value(startsWith("we_")))
                .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
                .andExpect(jsonPath("$.enabled_events[0]").value("payment_intent.succeeded"))
                .andExpect(jsonPath("$.status").value("enabled"))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        String secret = JsonPath.read(created.getResponse().getContentAsString(), "$.secret");
        org.assertj.core.api.Assertions.assertThat(secret.length()).isGreaterThanOrEqualTo(6 + 32);

        mvc.perform(authorized(get("/v1/webhook_endpoints/" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.url").value(PUBLIC_URL))
                .andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(authorized(get("/v1/webhook_endpoints")))
                .andExpect(jsonPath("$.data[*].id").value(hasItem(id)));
        mvc.perform(get("/v1/webhook_endpoints/" + id).header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(status().isNotFound());
        mvc.perform(get("/v1/webhook_endpoints").header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(jsonPath("$.data[*].id").value(not(hasItem(id))));
        mvc.perform(delete("/v1/webhook_endpoints/" + id).header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(status().isNotFound());

        mvc.perform(authorized(delete("/v1/webhook_endpoints/" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deleted").value(true));
        mvc.perform(authorized(get("/v1/webhook_endpoints/" + id))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://10.1.2.3/hooks",
            "http://192.168.0.10/hooks", "http://172.16.5.4/hooks", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hooks", "http://0.0.0.0/hooks", "http://100.64.0.1/hooks", "ftp://93.184.216.34/hooks",
            "not a url"})
    void refusesReceiversThatAreNotPublicHttpUrls(String url) throws Exception {
        mvc.perform(authorized(post("/v1/webhook_endpoints")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("url", url) + "&" + form("enabled_events[]", "*")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.param").value("url"))
                .andExpect(jsonPath("$.error.message").value(startsWith("Invalid URL")));
    }

    @Test
    void updatesEnabledEventsAndDisablesButKeepsRefusingPrivateUrls() throws Exception {
        MvcResult created = mvc.perform(authorized(post("/v1/webhook_endpoints"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("url", PUBLIC_URL) + "&" + form("enabled_events[]", "*")))
                .andExpect(status().isOk()).andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        mvc.perform(authorized(post("/v1/webhook_endpoints/" + id)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("disabled", "true") + "&" + form("enabled_events[0]", "payment_intent.canceled")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("disabled"))
                .andExpect(jsonPath("$.enabled_events[0]").value("payment_intent.canceled"))
                .andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(authorized(post("/v1/webhook_endpoints/" + id)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("url", "http://127.0.0.1/hooks")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.param").value("url"));
        mvc.perform(authorized(get("/v1/webhook_endpoints/" + id))).andExpect(jsonPath("$.url").value(PUBLIC_URL));
    }

    @Test
    void acceptsTheChargeAndRefundEventTypes() throws Exception {
        mvc.perform(authorized(post("/v1/webhook_endpoints")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("url", PUBLIC_URL) + "&" + form("enabled_events[0]", "charge.refunded") + "&"
                                + form("enabled_events[1]", "refund.created") + "&"
                                + form("enabled_events[2]", "charge.refund.updated")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled_events[0]").value("charge.refunded"))
                .andExpect(jsonPath("$.enabled_events[1]").value("refund.created"))
                .andExpect(jsonPath("$.enabled_events[2]").value("charge.refund.updated"));
    }

    @Test
    void refusesEventTypesItNeverEmits() throws Exception {
        mvc.perform(authorized(post("/v1/webhook_endpoints")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form("url", PUBLIC_URL) + "&" + form("enabled_events[]", "payment_intent.teleported")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("enabled_events"));
    }

    private static String form(String key, String value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
