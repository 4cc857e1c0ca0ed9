package io.paymentledger.gateway.balance;

import io.paymentledger.messages.books.BalanceAmount;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.BalanceView;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stripe's Balance and Balance Transaction objects, field by field (docs/api.md, docs/books.md). */
final class BalanceJson {

    static final String TRANSACTIONS_URL = "/v1/balance_transactions";
    private static final String FEE_DESCRIPTION = "Ledger processing fees";

    private BalanceJson() {
    }

    static Map<String, Object> balance(BalanceView balance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "balance");
        json.put("available", amounts(balance.available()));
        json.put("livemode", false);
        json.put("pending", amounts(balance.pending()));
        return json;
    }

    /** A transaction as of {@code now}: available once its available_on has passed, pending before. */
    static Map<String, Object> transaction(BalanceTransactionView txn, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", txn.id());
        json.put("object", "balance_transaction");
        json.put("amount", txn.amount());
        json.put("available_on", txn.availableOn().getEpochSecond());
        json.put("balance_type", "payments");
        json.put("created", txn.created().getEpochSecond());
        json.put("currency", txn.currency());
        json.put("description", null);
        json.put("exchange_rate", null);
        json.put("fee", txn.fee());
        json.put("fee_details", txn.fee() == 0 ? List.of() : List.of(feeDetail(txn)));
        json.put("net", txn.net());
        json.put("reporting_category", txn.reportingCategory());
        json.put("source", txn.sourceId());
        json.put("status", txn.statusAt(now));
        json.put("type", txn.type());
        return json;
    }

    private static Map<String, Object> feeDetail(BalanceTransactionView txn) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amount", txn.fee());
        json.put("application", null);
        json.put("currency", txn.currency());
        json.put("description", FEE_DESCRIPTION);
        json.put("type", "stripe_fee");
        return json;
    }

    private static List<Map<String, Object>> amounts(List<BalanceAmount> amounts) {
        return amounts.stream().map(amount -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("amount", amount.amount());
            json.put("currency", amount.currency());
            // Every payment of this ledger is a card payment.
            json.put("source_types", Map.of("card", amount.amount()));
            return json;
        }).toList();
    }
}
