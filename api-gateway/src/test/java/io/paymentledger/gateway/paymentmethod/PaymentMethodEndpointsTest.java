package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /v1/payment_methods} and {@code GET /v1/payment_methods/{id}} (docs/api.md §3.10). */
class PaymentMethodEndpointsTest extends GatewayWebTest {

    private static final String CARD = "type=card&card[number]=4000056655665556&card[exp_month]=12"
            + "&card[exp_year]=2031&card[cvc]=739&billing_details[name]=Ada&metadata[k]=v";

    @Autowired
    private JdbcTemplate jdbc;

    private String create(String apiKey, String body) throws Exception {
        MvcResult created = mvc.perform(post("/v1/payment_methods").header("Authorization", "Bearer " + apiKey)
                        .contentType("application/x-www-form-urlencoded").content(body))
                .andExpect(status().isOk()).andReturn();
        return com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void createsAPaymentMethodAsStripeShapesIt() throws Exception {
        mvc.perform(authorized(post("/v1/payment_methods")).contentType("application/x-www-form-urlencoded")
                        .content(CARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("payment_method"))
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("pm_")))
                .andExpect(jsonPath("$.type").value("card"))
                .andExpect(jsonPath("$.card.brand").value("visa"))
                .andExpect(jsonPath("$.card.last4").value("5556"))
                .andExpect(jsonPath("$.card.funding").value("debit"))
                .andExpect(jsonPath("$.card.exp_year").value(2031))
                .andExpect(jsonPath("$.card.checks.cvc_check").value("pass"))
                .andExpect(jsonPath("$.card.fingerprint").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}")))
                .andExpect(jsonPath("$.billing_details.name").value("Ada"))
                .andExpect(jsonPath("$.metadata.k").value("v"));
    }

    @Test
    void retrievesItInTheSameAccountOnly() throws Exception {
        String id = create(ALPHA_KEY, CARD);
        mvc.perform(authorized(get("/v1/payment_methods/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.card.last4").value("5556"));
        mvc.perform(get("/v1/payment_methods/" + id).header("Authorization", "Bearer " + BETA_KEY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.code").value("resource_missing"))
                .andExpect(jsonPath("$.error.message").value("No such PaymentMethod: '" + id + "'"));
    }

    @Test
    void tokenizesTestTokens() throws Exception {
        mvc.perform(authorized(post("/v1/payment_methods")).contentType("application/x-www-form-urlencoded")
                        .content("type=card&card[token]=tok_mastercard"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.card.brand").value("mastercard"))
                .andExpect(jsonPath("$.card.last4").value("4444"));
    }

    @Test
    void answersInvalidCardDataWithACardError() throws Exception {
        mvc.perform(authorized(post("/v1/payment_methods")).contentType("application/x-www-form-urlencoded")
                        .content("type=card&card[number]=4242424242424242&card[exp_month]=12"
                                + "&card[exp_year]=999999999&card[cvc]=123"))
                .andExpect(status().isPaymentRequired())
                .andExpect(jsonPath("$.error.type").value("card_error"))
                .andExpect(jsonPath("$.error.code").value("invalid_expiry_year"))
                .andExpect(jsonPath("$.error.param").value("exp_year"));
    }

    @Test
    void refusesAMissingTypeOrCard() throws Exception {
        mvc.perform(authorized(post("/v1/payment_methods")).contentType("application/x-www-form-urlencoded")
                        .content("card[token]=tok_visa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("type"));
        mvc.perform(authorized(post("/v1/payment_methods")).contentType("application/x-www-form-urlencoded")
                        .content("type=card"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("card"));
    }

    @Test
    void honoursTheIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(authorized(post("/v1/payment_methods")).header("Idempotency-Key", key)
                        .contentType("application/x-www-form-urlencoded").content(CARD))
                .andExpect(status().isOk()).andReturn();
        mvc.perform(authorized(post("/v1/payment_methods")).header("Idempotency-Key", key)
                        .contentType("application/x-www-form-urlencoded").content(CARD))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(
                        (String) com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.id")));
    }

    @Test
    void aCreatedPaymentMethodIsUsedByAnyIntentOfTheAccountAndStoredWithoutNumberOrCvc() throws Exception {
        String id = create(ALPHA_KEY, CARD);
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_CONFIRMATION, 0));
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=usd&payment_method=" + id))
                .andExpect(status().isOk());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).send(sent.capture(), any(MetaData.class));
        CreatePaymentIntent command = (CreatePaymentIntent) sent.getValue();
        assertThat(command.paymentMethod().paymentMethod().id()).isEqualTo(id);
        assertThat(command.paymentMethod().paymentMethod().card().last4()).isEqualTo("5556");
        mvc.perform(post("/v1/payment_intents").header("Authorization", "Bearer " + BETA_KEY)
                        .contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=usd&payment_method=" + id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("resource_missing"))
                .andExpect(jsonPath("$.error.param").value("payment_method"));

        String rows = jdbc.queryForList("SELECT * FROM payment_method").toString();
        assertThat(rows).contains(id).doesNotContain("4000056655665556").doesNotContain("\"739\"")
                .doesNotContain("\"cvc\"");
    }
}
