package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.TransferCollection;
import com.stripe.model.TransferReversal;
import com.stripe.model.TransferReversalCollection;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferListParams;
import com.stripe.param.TransferReversalCollectionListParams;
import org.junit.jupiter.api.Test;

/**
 * Transfers with the official stripe-java client (docs/api.md §19.4): {@code Transfer.list}, {@code Transfer.retrieve}
 * and {@code transfer.getReversals()} after refunds, for the paying account only.
 */
class StripeTransfersTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESTINATION = "acct_e2e_no_payments";

    /** A 9,000 payment of ALPHA's that sent 3,000 on to {@link #DESTINATION}; answers the intent's id. */
    private String paidWithATransfer() throws Exception {
        HttpResponse<String> created = send(request("/v1/accounts/acct_e2e_alpha/payment-intents", ALPHA)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":\"9000\",\"currency\":\"usd\",\"payment_method\":\"accounts/acct_e2e_alpha/"
                                + "payment-methods/pm_card_visa\",\"transfers\":[{\"destination\":\"accounts/"
                                + DESTINATION + "\",\"amount\":\"3000\"}]}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode intent = JSON.readTree(created.body());
        return intent.get("name").asText().replaceAll(".*/", "");
    }

    private static Transfer theTransferOf(String intentId) {
        TransferListParams group = TransferListParams.builder().setTransferGroup("group_" + intentId).build();
        return await().atMost(Duration.ofSeconds(30)).until(() -> Transfer.list(group, as(ALPHA)).getData(),
                data -> data.size() == 1).get(0);
    }

    @Test
    void listsAndRetrievesTheTransfersOfAPayment() throws Exception {
        String intentId = paidWithATransfer();

        Transfer listed = theTransferOf(intentId);
        Transfer retrieved = Transfer.retrieve(listed.getId(), as(ALPHA));

        assertThat(retrieved.getId()).startsWith("tr_").isEqualTo(listed.getId());
        assertThat(retrieved.getAmount()).isEqualTo(3_000L);
        assertThat(retrieved.getAmountReversed()).isZero();
        assertThat(retrieved.getReversed()).isFalse();
        assertThat(retrieved.getCurrency()).isEqualTo("usd");
        assertThat(retrieved.getDestination()).isEqualTo(DESTINATION);
        assertThat(retrieved.getTransferGroup()).isEqualTo("group_" + intentId);
        assertThat(retrieved.getReversals().getData()).isEmpty();
        TransferCollection toDestination = Transfer.list(TransferListParams.builder().setDestination(DESTINATION)
                .setLimit(100L).build(), as(ALPHA));
        assertThat(toDestination.getData()).extracting(Transfer::getId).contains(listed.getId());
        assertThat(toDestination.getData()).extracting(Transfer::getDestination).containsOnly(DESTINATION);
        TransferCollection created = Transfer.list(TransferListParams.builder().setTransferGroup("group_" + intentId)
                .setCreated(TransferListParams.Created.builder().setGte(retrieved.getCreated() + 1).build()).build(),
                as(ALPHA));
        assertThat(created.getData()).isEmpty();
    }

    @Test
    void refundsReverseTheTransferAndItsReversalsPage() throws Exception {
        String intentId = paidWithATransfer();
        String transferId = theTransferOf(intentId).getId();

        Refund third = Refund.create(RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(3_000L)
                .build(), as(ALPHA));
        Refund rest = Refund.create(RefundCreateParams.builder().setPaymentIntent(intentId).build(), as(ALPHA));

        Transfer transfer = await().atMost(Duration.ofSeconds(30)).until(() -> Transfer.retrieve(transferId,
                as(ALPHA)), t -> t.getReversals().getData().size() == 2);
        assertThat(transfer.getAmountReversed()).isEqualTo(3_000L);
        assertThat(transfer.getReversed()).isTrue();
        // Newest first: the rest of the refund took back the rest of the transfer.
        assertThat(transfer.getReversals().getData()).extracting(TransferReversal::getSourceRefund)
                .containsExactly(rest.getId(), third.getId());
        assertThat(transfer.getReversals().getData()).extracting(TransferReversal::getAmount)
                .containsExactly(2_000L, 1_000L);

        TransferReversalCollection firstPage = transfer.getReversals().list(TransferReversalCollectionListParams
                .builder().setLimit(1L).build(), as(ALPHA));
        assertThat(firstPage.getHasMore()).isTrue();
        TransferReversalCollection secondPage = transfer.getReversals().list(TransferReversalCollectionListParams
                .builder().setLimit(1L).setStartingAfter(firstPage.getData().get(0).getId()).build(), as(ALPHA));
        assertThat(secondPage.getData()).extracting(TransferReversal::getSourceRefund).containsExactly(third.getId());
        TransferReversal one = transfer.getReversals().retrieve(secondPage.getData().get(0).getId(), as(ALPHA));
        assertThat(one.getTransfer()).isEqualTo(transferId);
        assertThat(one.getAmount()).isEqualTo(1_000L);
    }

    @Test
    void anotherAccountGets404AndUnknownParametersAre400() throws Exception {
        String transferId = theTransferOf(paidWithATransfer()).getId();

        for (String other : new String[] {BETA, NO_PAYMENTS}) {
            assertThatThrownBy(() -> Transfer.retrieve(transferId, as(other)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(404);
                        assertThat(e.getCode()).isEqualTo("resource_missing");
                    });
        }
        assertThatThrownBy(() -> Transfer.list(Map.of("amount", 5), as(ALPHA)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getCode()).isEqualTo("parameter_unknown");
                });
        // The reader key may read payment intents and nothing of transfers.
        assertThatThrownBy(() -> Transfer.list(TransferListParams.builder().build(), as(READER)))
                .isInstanceOf(PermissionException.class);
    }
}
