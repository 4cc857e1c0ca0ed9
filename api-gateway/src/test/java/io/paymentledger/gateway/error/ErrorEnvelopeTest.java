package io.paymentledger.gateway.error;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.SUCCEEDED;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.CommandResult;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ErrorEnvelopeTest extends GatewayWebTest {

    @Test
    void answersUnknownUrlsWithAJson404NamingMethodAndPath() throws Exception {
        mvc.perform(authorized(get("/v1/nothing_here")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Request-Id", startsWith("req_")))
                .andExpect(content().contentType("application/json"))
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.message").value("Unrecognized request URL (GET: /v1/nothing_here). "
                        + "This ledger's API is described by its OpenAPI document at /v3/api-docs and at "
                        + "/swagger-ui.html."))
                .andExpect(jsonPath("$.error.code").doesNotExist());
    }

    @Test
    void answersUnsupportedMethodsOnKnownPathsWithTheSame404() throws Exception {
        mvc.perform(authorized(delete("/v1/payment_intents")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.message", startsWith("Unrecognized request URL (DELETE: /v1/payment_intents)")));
    }

    @Test
    void echoesStripeVersionOrSendsTheDefault() throws Exception {
        mvc.perform(authorized(get("/v1/nothing_here")).header("Stripe-Version", "2020-08-27"))
                .andExpect(header().string("Stripe-Version", "2020-08-27"));
        mvc.perform(authorized(get("/v1/nothing_here")))
                .andExpect(header().string("Stripe-Version", "2025-08-27.basil"));
    }

    @Test
    void answersJsonEvenWhenTheClientAcceptsOnlyHtml() throws Exception {
        readModelShows(null);
        mvc.perform(authorized(get("/v1/payment_intents/pi_missing")).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/json"));
    }

    @Test
    void answersAMissingIntentWith404ResourceMissing() throws Exception {
        readModelShows(null);
        mvc.perform(authorized(get("/v1/payment_intents/pi_missing")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.code").value("resource_missing"))
                .andExpect(jsonPath("$.error.param").value("intent"))
                .andExpect(jsonPath("$.error.message").value("No such payment_intent: 'pi_missing'"));
    }

    @Test
    void refusesUnsupportedContentTypes() throws Exception {
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("text/xml").content("<amount/>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void refusesBodiesOverOneMebibyteWith413() throws Exception {
        byte[] huge = new byte[1_048_577];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/x-www-form-urlencoded")
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void answersMalformedJsonWith400AndSendsNothing() throws Exception {
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/json").content("{\"amount\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void showsTheCurrentIntentWithAnUnexpectedStateRefusal() throws Exception {
        readModelShows(PaymentIntentViews.view("pi_1", SUCCEEDED, 3));
        PaymentError error = new PaymentError(PaymentErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE, null,
                "This PaymentIntent could not be captured because it has a status of succeeded.", null);
        when(commands.send(any(), any(MetaData.class))).thenReturn(CompletableFuture.failedFuture(
                new CommandExecutionException("refused", null, new PaymentRejection(error, "pi_1", 3L))));
        mvc.perform(authorized(post("/v1/payment_intents/pi_1/capture")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("payment_intent_unexpected_state"))
                .andExpect(jsonPath("$.error.payment_intent.id").value("pi_1"))
                .andExpect(jsonPath("$.error.payment_intent.status").value("succeeded"));
    }

    @Test
    void answersADeclineWith402AndTheIntent() throws Exception {
        PaymentError decline = new PaymentError(PaymentErrorCode.CARD_DECLINED, "insufficient_funds",
                "Your card has insufficient funds.", null);
        commandsAnswer(new CommandResult("pi_1", 2, decline), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 2));
        mvc.perform(authorized(post("/v1/payment_intents/pi_1/confirm")).contentType("application/x-www-form-urlencoded")
                        .content("payment_method=pm_card_visa_chargeDeclinedInsufficientFunds"))
                .andExpect(status().isPaymentRequired())
                .andExpect(jsonPath("$.error.type").value("card_error"))
                .andExpect(jsonPath("$.error.decline_code").value("insufficient_funds"))
                .andExpect(jsonPath("$.error.payment_intent.status").value("requires_payment_method"));
    }

    @Test
    void answersUnexpectedFailuresWithApiErrorAndNoStackTrace() throws Exception {
        when(commands.send(any(), any(MetaData.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("database on fire")));
        readModelShows(null);
        mvc.perform(authorized(post("/v1/payment_intents/pi_1/cancel")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error.type").value("api_error"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("fire"))));
    }
}
