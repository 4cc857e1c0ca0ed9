package io.paymentledger.gateway.idempotency;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CommandResult;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class IdempotencyTest extends GatewayWebTest {

    private final String key = UUID.randomUUID().toString();
    @Autowired
    private JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder create(String apiKey, String body) {
        return post("/v1/payment_intents").header("Authorization", "Bearer " + apiKey)
                .header("Idempotency-Key", key).contentType("application/x-www-form-urlencoded").content(body);
    }

    @Test
    void replaysTheFirstAnswerByteForByteWithoutExecutingAgain() throws Exception {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        MvcResult first = mvc.perform(create(ALPHA_KEY, "amount=2000&currency=usd"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Key", key))
                .andExpect(header().doesNotExist("Idempotent-Replayed")).andReturn();
        // Same parameters in another order and encoding: still the same request.
        MvcResult replay = mvc.perform(post("/v1/payment_intents").header("Authorization", "Bearer " + ALPHA_KEY)
                        .header("Idempotency-Key", key).contentType("application/json")
                        .content("{\"currency\":\"usd\",\"amount\":2000}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(replay.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(replay.getResponse().getHeader("Request-Id")).isNotEqualTo(first.getResponse().getHeader("Request-Id"));
        verify(commands, times(1)).send(any(), any(MetaData.class));
    }

    @Test
    void answersIdempotencyErrorWhenTheKeyComesBackWithOtherParameters() throws Exception {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(create(ALPHA_KEY, "amount=2000&currency=usd")).andExpect(status().isOk());
        mvc.perform(create(ALPHA_KEY, "amount=3000&currency=usd"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("idempotency_error"));
        verify(commands, times(1)).send(any(), any(MetaData.class));
    }

    @Test
    void aRetryWithAnotherCardIsAnotherRequestYetTheRecordHoldsNeitherNumberNorCvc() throws Exception {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        String card = "amount=2000&currency=usd&payment_method_data[type]=card&payment_method_data[card][exp_month]=12"
                + "&payment_method_data[card][exp_year]=2031&payment_method_data[card][cvc]=739"
                + "&payment_method_data[card][number]=";
        mvc.perform(create(ALPHA_KEY, card + "4000056655665556")).andExpect(status().isOk());
        mvc.perform(create(ALPHA_KEY, card + "5555555555554444"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("idempotency_error"));

        // The CVC is not part of the request's digest at all: only it differing is the same request.
        mvc.perform(create(ALPHA_KEY, (card + "4000056655665556").replace("cvc]=739", "cvc]=123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        String row = jdbc.queryForList("SELECT * FROM idempotency_keys WHERE idempotency_key = ?", key).toString();
        assertThat(row).doesNotContain("4000056655665556");
        String unkeyed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                RequestParams.fromForm(null, (card + "4000056655665556").getBytes(StandardCharsets.UTF_8)).canonical()
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(row).doesNotContain(unkeyed);
    }

    @Test
    void scopesKeysPerAccount() throws Exception {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(create(ALPHA_KEY, "amount=2000&currency=usd")).andExpect(status().isOk());
        mvc.perform(create(BETA_KEY, "amount=3000&currency=usd"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        verify(commands, times(2)).send(any(), any(MetaData.class));
    }

    @Test
    void doesNotStoreValidationFailures() throws Exception {
        commandsAnswer(new CommandResult("pi_1", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(create(ALPHA_KEY, "amount=abc&currency=usd")).andExpect(status().isBadRequest());
        mvc.perform(create(ALPHA_KEY, "amount=2000&currency=usd"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void storesAndReplaysDeclines() throws Exception {
        PaymentError decline = new PaymentError(PaymentErrorCode.CARD_DECLINED, "generic_decline",
                "Your card was declined.", null);
        commandsAnswer(new CommandResult("pi_1", 2, decline), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 2));
        String body = "amount=2000&currency=usd&confirm=true&payment_method=pm_card_chargeDeclined";
        mvc.perform(create(ALPHA_KEY, body)).andExpect(status().isPaymentRequired());
        mvc.perform(create(ALPHA_KEY, body))
                .andExpect(status().isPaymentRequired())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.error.code").value("card_declined"));
        verify(commands, times(1)).send(any(), any(MetaData.class));
    }

    @Test
    void answers409WhileTheFirstRequestIsStillRunning() throws Exception {
        CompletableFuture<Object> pending = new CompletableFuture<>();
        when(commands.send(any(), any(MetaData.class))).thenReturn(pending);
        readModelShows(PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        CompletableFuture<MvcResult> first = CompletableFuture.supplyAsync(() -> perform(create(ALPHA_KEY,
                "amount=2000&currency=usd")));
        await().untilAsserted(() -> verify(commands).send(any(), any(MetaData.class)));
        mvc.perform(create(ALPHA_KEY, "amount=2000&currency=usd"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Stripe-Should-Retry", "true"))
                .andExpect(jsonPath("$.error.code").value("idempotency_key_in_use"));
        pending.complete(new CommandResult("pi_1", 0, null));
        assertThat(first.get().getResponse().getStatus()).isEqualTo(200);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
