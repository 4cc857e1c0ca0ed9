package io.paymentledger.gateway.transfer;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.FindTransfer;
import io.paymentledger.messages.transfer.FindTransferReversal;
import io.paymentledger.messages.transfer.ListTransferReversals;
import io.paymentledger.messages.transfer.ListTransfers;
import io.paymentledger.messages.transfer.TransferDetailView;
import io.paymentledger.messages.transfer.TransferPage;
import io.paymentledger.messages.transfer.TransferReversalPage;
import io.paymentledger.messages.transfer.TransferReversalView;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
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

/** The wire of /v1/transfers and their reversals (docs/api.md §19.4), with the read model mocked. */
class TransferControllerTest extends GatewayWebTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final TransferView TRANSFER = new TransferView("tr_1", "acct_alpha", "acct_dest", 2_500, 1_250,
            "usd", "pi_1", "ch_1", CREATED);
    private static final TransferReversalView REVERSAL = new TransferReversalView("trr_1", "tr_1", "acct_alpha",
            "re_1", 1_250, "usd", CREATED.plusSeconds(60));
    private static final TransferReversalPage REVERSALS = new TransferReversalPage(List.of(REVERSAL), false);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answers(Class<?> queryType, Object answer) {
        when(queries.query(argThat(query -> queryType.isInstance(query)), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.completedFuture(answer));
    }

    @Test
    void rendersATransferWithItsReversals() throws Exception {
        answers(FindTransfer.class, Optional.of(new TransferDetailView(TRANSFER, REVERSALS)));

        mvc.perform(authorized(get("/v1/transfers/tr_1")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("transfer"))
           .andExpect(jsonPath("$.amount").value(2_500))
           .andExpect(jsonPath("$.amount_reversed").value(1_250))
           .andExpect(jsonPath("$.reversed").value(false))
           .andExpect(jsonPath("$.created").value(CREATED.getEpochSecond()))
           .andExpect(jsonPath("$.destination").value("acct_dest"))
           .andExpect(jsonPath("$.source_transaction").value("ch_1"))
           .andExpect(jsonPath("$.transfer_group").value("group_pi_1"))
           .andExpect(jsonPath("$.reversals.object").value("list"))
           .andExpect(jsonPath("$.reversals.url").value("/v1/transfers/tr_1/reversals"))
           .andExpect(jsonPath("$.reversals.has_more").value(false))
           .andExpect(jsonPath("$.reversals.data[0].object").value("transfer_reversal"))
           .andExpect(jsonPath("$.reversals.data[0].amount").value(1_250))
           .andExpect(jsonPath("$.reversals.data[0].source_refund").value("re_1"))
           .andExpect(jsonPath("$.reversals.data[0].transfer").value("tr_1"))
           .andExpect(jsonPath("$.reversals.data[0].balance_transaction").value(
                   BalanceTransactionIds.of(BalanceTransactionIds.TRANSFER_REFUND, "trr_1", "acct_alpha")));
        verify(queries).query(argThat(query -> query.equals(new FindTransfer("acct_alpha", "tr_1"))),
                any(ResponseType.class));
    }

    @Test
    void anUnknownTransferOrReversalIsAStripe404() throws Exception {
        answers(FindTransfer.class, Optional.empty());
        answers(FindTransferReversal.class, Optional.empty());

        mvc.perform(authorized(get("/v1/transfers/tr_nope")))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.code").value("resource_missing"))
           .andExpect(jsonPath("$.error.message").value("No such transfer: 'tr_nope'"));
        mvc.perform(authorized(get("/v1/transfers/tr_nope/reversals")))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.code").value("resource_missing"));
        mvc.perform(authorized(get("/v1/transfers/tr_1/reversals/trr_nope")))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.error.message").value("No such transfer reversal: 'trr_nope'"));
        verify(queries, never()).query(argThat(query -> query instanceof ListTransferReversals),
                any(ResponseType.class));
    }

    @Test
    void listsWithTheFiltersAsked() throws Exception {
        answers(ListTransfers.class, new TransferPage(List.of(new TransferDetailView(TRANSFER, REVERSALS)), true));

        mvc.perform(authorized(get("/v1/transfers?limit=1&destination=acct_dest&transfer_group=group_pi_1"
                        + "&created[gte]=100&starting_after=tr_0")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.object").value("list"))
           .andExpect(jsonPath("$.url").value("/v1/transfers"))
           .andExpect(jsonPath("$.has_more").value(true))
           .andExpect(jsonPath("$.data[0].id").value("tr_1"))
           .andExpect(jsonPath("$.data[0].reversals.data[0].id").value("trr_1"));
        ArgumentCaptor<Object> query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        ListTransfers asked = (ListTransfers) query.getValue();
        assertThat(asked.accountId()).isEqualTo("acct_alpha");
        assertThat(asked.destination()).isEqualTo("acct_dest");
        assertThat(asked.transferGroup()).isEqualTo("group_pi_1");
        assertThat(asked.created().gte()).isEqualTo(100);
        assertThat(asked.limit()).isEqualTo(1);
        assertThat(asked.startingAfter()).isEqualTo("tr_0");
    }

    @Test
    void listsAndRetrievesReversalsOfTheCallersTransfer() throws Exception {
        answers(FindTransfer.class, Optional.of(new TransferDetailView(TRANSFER, REVERSALS)));
        answers(ListTransferReversals.class, REVERSALS);
        answers(FindTransferReversal.class, Optional.of(REVERSAL));

        mvc.perform(authorized(get("/v1/transfers/tr_1/reversals?limit=5")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.url").value("/v1/transfers/tr_1/reversals"))
           .andExpect(jsonPath("$.data[0].id").value("trr_1"));
        verify(queries).query(argThat(query -> query.equals(new ListTransferReversals("acct_alpha", "tr_1", 5, null,
                null))), any(ResponseType.class));
        mvc.perform(authorized(get("/v1/transfers/tr_1/reversals/trr_1")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.id").value("trr_1"))
           .andExpect(jsonPath("$.created").value(CREATED.getEpochSecond() + 60));
        verify(queries).query(argThat(query -> query.equals(new FindTransferReversal("acct_alpha", "tr_1",
                "trr_1"))), any(ResponseType.class));
    }

    @Test
    void refusesUnknownParametersAndExpansions() throws Exception {
        mvc.perform(authorized(get("/v1/transfers?amount=5")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.code").value("parameter_unknown"))
           .andExpect(jsonPath("$.error.param").value("amount"));
        mvc.perform(authorized(get("/v1/transfers/tr_1/reversals?destination=acct_dest")))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.error.code").value("parameter_unknown"));
        mvc.perform(authorized(get("/v1/transfers/tr_1?expand[]=destination")))
           .andExpect(status().isBadRequest());
        mvc.perform(authorized(get("/v1/transfers?starting_after=tr_1&ending_before=tr_2")))
           .andExpect(status().isBadRequest());
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void aRestrictedKeyNeedsTheTransfersPermission() throws Exception {
        mvc.perform(get("/v1/transfers").header("Authorization", "Bearer rk_test_reader9999"))
           .andExpect(status().isForbidden())
           .andExpect(jsonPath("$.error.message").value(org.hamcrest.Matchers.containsString("rak_transfer_read")));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }
}
