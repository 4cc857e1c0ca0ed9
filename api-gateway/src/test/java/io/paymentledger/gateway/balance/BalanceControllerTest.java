package io.paymentledger.gateway.balance;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.messages.books.BalanceAmount;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindBalanceTransaction;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.messages.books.TrialBalanceView;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The wire of /v1/balance, /v1/balance_transactions and the books extension (docs/api.md §16). */
class BalanceControllerTest extends GatewayWebTest {

    private static final Instant CREATED = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final BalanceTransactionView CHARGE = new BalanceTransactionView("txn_1", "acct_alpha", "pi_1",
            "charge", "charge", "ch_1", 2_000, 88, 1_912, "usd", CREATED, CREATED.plusSeconds(172_800));
    private static final BalanceTransactionView REFUND = new BalanceTransactionView("txn_2", "acct_alpha", "pi_1",
            "refund", "refund", "re_1", -500, 0, -500, "usd", CREATED, CREATED);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answers(Class<?> queryType, Object answer) {
        when(queries.query(argThat(query -> queryType.isInstance(query)), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.completedFuture(answer));
    }

    @Test
    void rendersTheBalanceWithSourceTypes() throws Exception {
        answers(FindBalance.class, new BalanceView(List.of(new BalanceAmount("usd", -500)),
                List.of(new BalanceAmount("usd", 1_912))));

        mvc.perform(authorized(get("/v1/balance")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("balance"))
           .andExpect(jsonPath("$.livemode").value(false))
           .andExpect(jsonPath("$.available[0].amount").value(-500))
           .andExpect(jsonPath("$.available[0].source_types.card").value(-500))
           .andExpect(jsonPath("$.pending[0].currency").value("usd"))
           .andExpect(jsonPath("$.pending[0].amount").value(1_912));
    }

    @Test
    void rendersATransactionWithItsStatusAsOfNow() throws Exception {
        answers(FindBalanceTransaction.class, Optional.of(CHARGE));

        mvc.perform(authorized(get("/v1/balance_transactions/txn_1")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("balance_transaction"))
           .andExpect(jsonPath("$.amount").value(2_000))
           .andExpect(jsonPath("$.fee").value(88))
           .andExpect(jsonPath("$.fee_details[0].amount").value(88))
           .andExpect(jsonPath("$.fee_details[0].type").value("stripe_fee"))
           .andExpect(jsonPath("$.net").value(1_912))
           .andExpect(jsonPath("$.status").value("pending"))
           .andExpect(jsonPath("$.available_on").value(CREATED.getEpochSecond() + 172_800))
           .andExpect(jsonPath("$.type").value("charge"))
           .andExpect(jsonPath("$.reporting_category").value("charge"))
           .andExpect(jsonPath("$.source").value("ch_1"))
           .andExpect(jsonPath("$.exchange_rate").isEmpty());
    }

    @Test
    void answersAnUnknownTransactionWithResourceMissing() throws Exception {
        answers(FindBalanceTransaction.class, Optional.empty());

        mvc.perform(authorized(get("/v1/balance_transactions/txn_nope")))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.code").value("resource_missing"))
           .andExpect(jsonPath("$.error.param").value("id"));
    }

    @Test
    void listsWithFiltersAndAnAvailableRefund() throws Exception {
        answers(ListBalanceTransactions.class, new BalanceTransactionPage(List.of(REFUND), true));

        mvc.perform(authorized(get("/v1/balance_transactions?type=refund&source=re_1&currency=USD&limit=1"
                        + "&created[gte]=100")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("list"))
           .andExpect(jsonPath("$.url").value("/v1/balance_transactions"))
           .andExpect(jsonPath("$.has_more").value(true))
           .andExpect(jsonPath("$.data[0].status").value("available"))
           .andExpect(jsonPath("$.data[0].fee_details").isEmpty());
        ArgumentCaptor<Object> query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        ListBalanceTransactions list = (ListBalanceTransactions) query.getValue();
        assertThat(list.type()).isEqualTo("refund");
        assertThat(list.sourceId()).isEqualTo("re_1");
        assertThat(list.currency()).isEqualTo("usd");
        assertThat(list.limit()).isEqualTo(1);
        assertThat(list.created().gte()).isEqualTo(100);
    }

    @Test
    void refusesBadFiltersBeforeAsking() throws Exception {
        mvc.perform(authorized(get("/v1/balance_transactions?type=bonus")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value("type"));
        mvc.perform(authorized(get("/v1/balance_transactions?currency=dollars")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value("currency"));
        mvc.perform(authorized(get("/v1/balance_transactions?payout=po_1")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.code").value("resource_missing"))
           .andExpect(jsonPath("$.error.param").value("payout"));
        mvc.perform(authorized(get("/v1/balance_transactions?colour=red")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.code").value("parameter_unknown"));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void refusesATrialBalanceOfTheFutureOrOfNoInstant() throws Exception {
        long tomorrow = Instant.now().plusSeconds(86_400).getEpochSecond();
        mvc.perform(authorized(get("/v1/books/trial_balance?as_of=" + tomorrow)))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value("as_of"));
        mvc.perform(authorized(get("/v1/books/trial_balance?as_of=yesterday")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.param").value("as_of"));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void rendersTheTrialBalanceWithTotalsPerCurrency() throws Exception {
        answers(FindTrialBalance.class, new TrialBalanceView("acct_alpha", CREATED, List.of(
                new TrialBalanceLine("usd", "card_clearing", 300, 2_000, 0, 500),
                new TrialBalanceLine("usd", "fee_revenue", 0, 0, 0, 88),
                new TrialBalanceLine("usd", "merchant_balance", 0, 588, 300, 2_000))));

        mvc.perform(authorized(get("/v1/books/trial_balance?as_of=" + CREATED.getEpochSecond())))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("trial_balance"))
           .andExpect(jsonPath("$.as_of").value(CREATED.getEpochSecond()))
           .andExpect(jsonPath("$.balanced").value(true))
           .andExpect(jsonPath("$.currencies[0].totals.debits_posted").value(2_588))
           .andExpect(jsonPath("$.currencies[0].totals.credits_posted").value(2_588))
           .andExpect(jsonPath("$.currencies[0].accounts[1].ledger_account").value("fee_revenue"));
        ArgumentCaptor<Object> query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(((FindTrialBalance) query.getValue()).asOf()).isBetween(CREATED, CREATED.plusSeconds(1));
    }
}
