package io.paymentledger.gateway.paymentintent;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_CAPTURE;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.REQUIRES_PAYMENT_METHOD;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class PaymentIntentControllerTest extends GatewayWebTest {

    @Test
    void createsWithAFreshIdAndTheCallersAccountAndAnswers200() throws Exception {
        commandsAnswer(new CommandResult("ignored", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=USD&metadata[order_id]=A-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("payment_intent"));
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        ArgumentCaptor<MetaData> audit = ArgumentCaptor.forClass(MetaData.class);
        verify(commands).send(command.capture(), audit.capture());
        CreatePaymentIntent create = (CreatePaymentIntent) command.getValue();
        assertThat(create.paymentIntentId()).matches("pi_[A-Za-z0-9]{24}");
        assertThat(create.clientSecret()).matches(create.paymentIntentId() + "_secret_[A-Za-z0-9]{25}");
        assertThat(create.accountId()).isEqualTo("acct_alpha");
        assertThat(audit.getValue()).containsEntry("accountId", "acct_alpha").containsEntry("apiKeyId", "1234")
                .containsKey("requestId");
    }

    @Test
    void acceptsTheSameParametersAsJson() throws Exception {
        commandsAnswer(new CommandResult("ignored", 0, null), PaymentIntentViews.view("pi_1", REQUIRES_PAYMENT_METHOD, 0));
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/json")
                        .content("{\"amount\":2000,\"currency\":\"usd\",\"metadata\":{\"order_id\":\"A-1\"}}"))
                .andExpect(status().isOk());
        verify(commands).send(argThat(command -> command instanceof CreatePaymentIntent create
                && create.amount() == 2000 && "A-1".equals(create.details().metadata().get("order_id"))),
                any(MetaData.class));
    }

    @Test
    void refusesUnknownParametersWithoutSendingACommand() throws Exception {
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/x-www-form-urlencoded")
                        .content("amount=2000&currency=usd&colour=red"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("parameter_unknown"))
                .andExpect(jsonPath("$.error.param").value("colour"));
        org.mockito.Mockito.verifyNoInteractions(commands);
    }

    @Test
    void refusesANulCharacterOnCreateAndUpdateWithoutSendingACommand() throws Exception {
        mvc.perform(authorized(post("/v1/payment_intents")).contentType("application/json")
                        .content("{\"amount\":2000,\"currency\":\"usd\",\"metadata\":{\"note\":\"a\\u0000b\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.type").value("invalid_request_error"))
                .andExpect(jsonPath("$.error.param").value("metadata[note]"));
        mvc.perform(authorized(post("/v1/payment_intents/pi_1")).contentType("application/x-www-form-urlencoded")
                        .content("description=a%00b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.param").value("description"));
        org.mockito.Mockito.verifyNoInteractions(commands);
    }

    @Test
    void answersWithTheStateTheCommandProducedNotAnOlderOne() throws Exception {
        when(commands.send(any(), any(MetaData.class)))
                .thenReturn(CompletableFuture.completedFuture(new CommandResult("pi_1", 3, null)));
        // The read model still shows version 2 when the subscription opens, then emits version 3.
        when(queries.subscriptionQuery(any(FindPaymentIntent.class), any(ResponseType.class), any(ResponseType.class)))
                .thenAnswer(invocation -> new DefaultSubscriptionQueryResult<>(
                        Mono.just(Optional.of(PaymentIntentViews.view("pi_1", REQUIRES_CAPTURE, 2))),
                        Flux.just(PaymentIntentViews.view("pi_1", SUCCEEDED, 3)), () -> true));
        mvc.perform(authorized(post("/v1/payment_intents/pi_1/capture")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void fallsBackToPollingWhenTheUpdateIsEmittedElsewhere() throws Exception {
        when(commands.send(any(), any(MetaData.class)))
                .thenReturn(CompletableFuture.completedFuture(new CommandResult("pi_1", 3, null)));
        when(queries.subscriptionQuery(any(FindPaymentIntent.class), any(ResponseType.class), any(ResponseType.class)))
                .thenAnswer(invocation -> new DefaultSubscriptionQueryResult<>(
                        Mono.just(Optional.of(PaymentIntentViews.view("pi_1", REQUIRES_CAPTURE, 2))), Flux.never(),
                        () -> true));
        when(queries.query(any(FindPaymentIntent.class), any(ResponseType.class))).thenReturn(
                (CompletableFuture) CompletableFuture.completedFuture(
                        Optional.of(PaymentIntentViews.view("pi_1", SUCCEEDED, 3))));
        mvc.perform(authorized(post("/v1/payment_intents/pi_1/capture")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void listsAsStripeListWithARelativeUrl() throws Exception {
        when(queries.query(any(ListPaymentIntents.class), any(ResponseType.class))).thenReturn((CompletableFuture)
                CompletableFuture.completedFuture(new PaymentIntentPage(
                        List.of(PaymentIntentViews.view("pi_2", SUCCEEDED, 3)), true)));
        mvc.perform(authorized(get("/v1/payment_intents?limit=1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("list"))
                .andExpect(jsonPath("$.url").value("/v1/payment_intents"))
                .andExpect(jsonPath("$.has_more").value(true))
                .andExpect(jsonPath("$.data[0].id").value("pi_2"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void exportsTheListAsCsvOnRequest() throws Exception {
        when(queries.query(any(ListPaymentIntents.class), any(ResponseType.class))).thenReturn((CompletableFuture)
                CompletableFuture.completedFuture(new PaymentIntentPage(
                        List.of(PaymentIntentViews.view("pi_2", SUCCEEDED, 3)), false)));
        mvc.perform(authorized(get("/v1/payment_intents")).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "\"pi_2\",1763900000,succeeded,2000,0,2000,0,\"usd\",,\"Order A-1\",,")));
    }
}
