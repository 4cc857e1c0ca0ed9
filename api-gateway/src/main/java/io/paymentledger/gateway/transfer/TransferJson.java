package io.paymentledger.gateway.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.TransferGroups;
import io.paymentledger.messages.transfer.TransferReversalPage;
import io.paymentledger.messages.transfer.TransferReversalView;

/**
 * Stripe's Transfer and TransferReversal objects (docs/api.md §19.4): the same Transfer in {@code GET /v1/transfers}
 * and as the {@code data.object} of {@code transfer.*} events. An event's transfer is shown from the event alone,
 * so its {@code reversals} list is empty; the endpoints show the first page of reversals.
 */
public final class TransferJson {

    public static final String LIST_URL = "/v1/transfers";

    private TransferJson() {
    }

    /** The transfer of a {@code transfer.*} event. */
    public static Map<String, Object> transfer(TransferView t) {
        return transfer(t, new TransferReversalPage(List.of(), false));
    }

    public static Map<String, Object> transfer(TransferView t, TransferReversalPage reversals) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("object", "transfer");
        json.put("amount", t.amount());
        json.put("amount_reversed", t.amountReversed());
        json.put("balance_transaction", BalanceTransactionIds.of(BalanceTransactionIds.TRANSFER, t.id(),
                t.accountId()));
        json.put("created", t.created() == null ? null : t.created().getEpochSecond());
        json.put("currency", t.currency());
        json.put("description", null);
        json.put("destination", t.destination());
        json.put("livemode", false);
        json.put("metadata", Map.of());
        json.put("reversals", reversals(t.id(), reversals));
        json.put("reversed", t.amountReversed() >= t.amount());
        json.put("source_transaction", t.chargeId());
        json.put("source_type", "card");
        json.put("transfer_group", TransferGroups.of(t.paymentIntentId()));
        return json;
    }

    /** A transfer's reversals as Stripe's list object. */
    public static Map<String, Object> reversals(String transferId, TransferReversalPage page) {
        return ApiResponses.list(page.data().stream().map(TransferJson::reversal).toList(), page.hasMore(),
                reversalsUrl(transferId));
    }

    public static Map<String, Object> reversal(TransferReversalView r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("object", "transfer_reversal");
        json.put("amount", r.amount());
        json.put("balance_transaction", BalanceTransactionIds.of(BalanceTransactionIds.TRANSFER_REFUND, r.id(),
                r.accountId()));
        json.put("created", r.created().getEpochSecond());
        json.put("currency", r.currency());
        json.put("destination_payment_refund", null);
        json.put("metadata", Map.of());
        json.put("source_refund", r.refundId());
        json.put("transfer", r.transferId());
        return json;
    }

    static String reversalsUrl(String transferId) {
        return LIST_URL + "/" + transferId + "/reversals";
    }
}
