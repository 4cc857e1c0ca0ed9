package io.paymentledger.gateway.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.paymentintent.TransferView;

/** Stripe's Transfer object (docs/api.md §19.4), e.g. as the {@code data.object} of {@code transfer.created}. */
public final class TransferJson {

    private TransferJson() {
    }

    public static Map<String, Object> transfer(TransferView t) {
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
        Map<String, Object> reversals = new LinkedHashMap<>();
        reversals.put("object", "list");
        reversals.put("data", List.of());
        reversals.put("has_more", false);
        reversals.put("url", "/v1/transfers/" + t.id() + "/reversals");
        json.put("reversals", reversals);
        json.put("reversed", t.amountReversed() >= t.amount());
        json.put("source_transaction", t.chargeId());
        json.put("source_type", "card");
        json.put("transfer_group", "group_" + t.paymentIntentId());
        return json;
    }
}
