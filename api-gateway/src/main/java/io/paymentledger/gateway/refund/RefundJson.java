package io.paymentledger.gateway.refund;

import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.refund.RefundView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Refund object (docs/api.md §15), field by field as Stripe shows it. */
public final class RefundJson {

    public static final String LIST_URL = "/v1/refunds";

    private RefundJson() {
    }

    public static Map<String, Object> refund(RefundView r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("object", "refund");
        json.put("amount", r.amount());
        // Ids derived from the refund, as the books write them (docs/books.md).
        json.put("balance_transaction", BalanceTransactionIds.ofRefund(r.id()));
        json.put("charge", r.chargeId());
        json.put("created", r.created().getEpochSecond());
        json.put("currency", r.currency());
        json.put("destination_details", destinationDetails());
        json.put("failure_balance_transaction", r.status() == RefundStatus.FAILED
                ? BalanceTransactionIds.of(BalanceTransactionIds.REFUND_FAILURE, r.id()) : null);
        json.put("failure_reason", r.failureReason());
        json.put("metadata", r.metadata() == null ? Map.of() : new LinkedHashMap<>(r.metadata()));
        json.put("payment_intent", r.paymentIntentId());
        json.put("reason", r.reason() == null ? null : r.reason().wireName());
        json.put("receipt_number", null);
        json.put("source_transfer_reversal", null);
        json.put("status", r.status().wireName());
        json.put("transfer_reversal", null);
        return json;
    }

    public static List<Map<String, Object>> refunds(List<RefundView> refunds) {
        return refunds.stream().map(RefundJson::refund).toList();
    }

    private static Map<String, Object> destinationDetails() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("reference_status", "pending");
        card.put("reference_type", "acquirer_reference_number");
        card.put("type", "refund");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("card", card);
        json.put("type", "card");
        return json;
    }
}
