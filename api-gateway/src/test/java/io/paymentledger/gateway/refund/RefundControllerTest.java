package io.paymentledger.gateway.refund;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.RefundCharge;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.FindCharge;
import io.paymentledger.messages.refund.FindRefund;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.gateway.PaymentIntentViews;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The refund and charge endpoints on the wire (docs/api.md §15), with the buses mocked. */
class RefundControllerTest extends GatewayWebTest {

    private static final Instant CREATED = Instant.ofEpochSecond(1_763_900_000L);
    private static final CardDetails VISA = new CardDetails("visa", "4242", 12, 2030, "credit", "US", "fp", null);

    private RefundView refund(String id, long version) {
        return new RefundView(id, "acct_alpha", "pi_1", "ch_1", 600, "usd", RefundReason.DUPLICATE,
                RefundStatus.SUCCEEDED, null, Map.of("k", "v"), CREATED, version);
    }

    private ChargeDetailView charge(long refunded, long version, List<RefundView> refunds) {
        return new ChargeDetailView("ch_1", "acct_alpha", "pi_1", 2_000, 2_000, refunded, true, "usd", "succeeded",
                null, null, null, "pm_1", VISA, CREATED, version, refunds, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readModelHas(Class<?> queryType, Object answer) {
        when(queries.query(argThat(query -> queryType.isInstance(query)), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.completedFuture(Optional.ofNullable(answer)));
    }

    @BeforeEach
    void capturedIntentWithOneRefund() {
        PaymentIntentView view = PaymentIntentViews.view("pi_1", PaymentIntentStatus.SUCCEEDED, 2);
        PaymentIntentView captured = new PaymentIntentView(view.id(), view.accountId(), view.version(), view.created(),
                view.amount(), view.currency(), view.status(), 0, 2_000, view.clientSecret(), view.details(), null,
                new ChargeView("ch_1", 2_000, 2_000, true, CREATED, "usd", "succeeded", null, null, null, "pm_1"),
                null, null, null, null);
        readModelHas(FindPaymentIntent.class, captured);
        readModelHas(FindRefund.class, refund("re_1", 3));
        readModelHas(FindCharge.class, charge(600, 3, List.of(refund("re_1", 3))));
        when(commands.send(any(), any(MetaData.class)))
                .thenReturn(CompletableFuture.completedFuture(new CommandResult("pi_1", 3, null)));
    }

    @Test
    void refundsTheIntentsChargeWithAFreshIdAndAnswersTheRefund() throws Exception {
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/x-www-form-urlencoded")
                        .content("payment_intent=pi_1&amount=600&reason=duplicate&metadata[k]=v"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("refund"))
           .andExpect(jsonPath("$.amount").value(600))
           .andExpect(jsonPath("$.charge").value("ch_1"))
           .andExpect(jsonPath("$.payment_intent").value("pi_1"))
           .andExpect(jsonPath("$.status").value("succeeded"))
           .andExpect(jsonPath("$.balance_transaction").value(org.hamcrest.Matchers.matchesPattern("txn_[0-9a-f]{24}")));
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).send(command.capture(), any(MetaData.class));
        RefundCharge refund = (RefundCharge) command.getValue();
        assertThat(refund.refundId()).matches("re_[A-Za-z0-9]{24}");
        assertThat(refund).extracting(RefundCharge::paymentIntentId, RefundCharge::chargeId, RefundCharge::amount,
                RefundCharge::reason, RefundCharge::accountId)
                .containsExactly("pi_1", "ch_1", 600L, RefundReason.DUPLICATE, "acct_alpha");
    }

    @Test
    void refundsAllThatIsLeftOfANamedChargeWhenNoAmountIsGiven() throws Exception {
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/json").content("{\"charge\":\"ch_1\"}"))
           .andExpect(status().isOk());
        verify(commands).send(argThat(command -> command instanceof RefundCharge refund
                && refund.amount() == null && "pi_1".equals(refund.paymentIntentId())), any(MetaData.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "payment_intent=pi_1&amount=-1 | amount",
            "payment_intent=pi_1&amount=0 | amount",
            "payment_intent=pi_1&amount=1.5 | amount",
            "payment_intent=pi_1&amount=ten | amount",
            "payment_intent=pi_1&reason=unhappy | reason",
            "charge=ch_1&payment_intent=pi_2 | charge",
            "amount=100 | charge",
            "payment_intent=pi_1&colour=red | colour"})
    void refusesBadInputWithTheParamAndSendsNothing(String form, String param) throws Exception {
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/x-www-form-urlencoded").content(form))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value(param));
        verifyNoInteractions(commands);
    }

    @Test
    void refusesOverLongMetadata() throws Exception {
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/x-www-form-urlencoded")
                        .content("payment_intent=pi_1&metadata[k]=" + "x".repeat(501)))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value("metadata[k]"));
        verifyNoInteractions(commands);
    }

    @Test
    void answers404ForAnUnknownChargeOrIntent() throws Exception {
        readModelHas(FindCharge.class, null);
        readModelHas(FindPaymentIntent.class, null);
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/x-www-form-urlencoded")
                        .content("charge=ch_missing"))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.code").value("resource_missing"))
           .andExpect(jsonPath("$.error.param").value("charge"));
        mvc.perform(authorized(post("/v1/refunds")).contentType("application/x-www-form-urlencoded")
                        .content("payment_intent=pi_missing"))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.param").value("payment_intent"));
        verifyNoInteractions(commands);
    }

    @Test
    void answers404ForAnUnknownRefund() throws Exception {
        readModelHas(FindRefund.class, null);
        mvc.perform(authorized(get("/v1/refunds/re_missing")))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.code").value("resource_missing"))
           .andExpect(jsonPath("$.error.param").value("id"));
    }

    @Test
    void retrievesARefund() throws Exception {
        mvc.perform(authorized(get("/v1/refunds/re_1")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.id").value("re_1"))
           .andExpect(jsonPath("$.reason").value("duplicate"))
           .andExpect(jsonPath("$.metadata.k").value("v"));
    }

    @Test
    void refusesToCancelACardRefund() throws Exception {
        mvc.perform(authorized(post("/v1/refunds/re_1/cancel")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.type").value("invalid_request_error"));
        verifyNoInteractions(commands);
    }

    @Test
    void retrievesAChargeWithItsRefundsExpanded() throws Exception {
        mvc.perform(authorized(get(java.net.URI.create("/v1/charges/ch_1?expand%5B%5D=refunds"))))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("charge"))
           .andExpect(jsonPath("$.amount_refunded").value(600))
           .andExpect(jsonPath("$.refunded").value(false))
           .andExpect(jsonPath("$.payment_method_details.card.last4").value("4242"))
           .andExpect(jsonPath("$.refunds.object").value("list"))
           .andExpect(jsonPath("$.refunds.data[0].id").value("re_1"));
    }

    @Test
    void leavesRefundsOutOfAChargeUnlessExpanded() throws Exception {
        mvc.perform(authorized(get("/v1/charges/ch_1")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.refunds").doesNotExist());
    }
}
