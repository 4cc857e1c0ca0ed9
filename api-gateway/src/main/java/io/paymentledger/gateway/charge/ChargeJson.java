package io.paymentledger.gateway.charge;

import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.gateway.paymentmethod.Wallets;
import io.paymentledger.gateway.refund.RefundJson;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.refund.ChargeContext;
import io.paymentledger.messages.refund.ChargeDetailView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Charge object (docs/api.md §15), the one rendering of a charge: {@code /v1/charges}, an intent's expanded
 * {@code latest_charge} and the charge events all show it, with its refunds when {@code refunds} is expanded.
 */
public final class ChargeJson {

    public static final String LIST_URL = "/v1/charges";

    private ChargeJson() {
    }

    public static Map<String, Object> charge(ChargeDetailView c, boolean expandRefunds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("object", "charge");
        json.put("amount", c.amount());
        json.put("amount_captured", c.amountCaptured());
        json.put("amount_refunded", c.amountRefunded());
        // The id derived from the charge, as the books write it once captured (docs/books.md).
        json.put("balance_transaction", c.captured() && c.amountCaptured() > 0 ? BalanceTransactionIds.ofCharge(c.id())
                : null);
        ChargeContext context = c.context() == null ? ChargeContext.NONE : c.context();
        json.put("billing_details", PaymentMethodJson.billingDetails(context.billingDetails()));
        json.put("captured", c.captured());
        json.put("created", c.created().getEpochSecond());
        json.put("currency", c.currency());
        json.put("customer", context.customer());
        json.put("description", context.description());
        json.put("failure_code", c.failureCode());
        json.put("failure_message", c.failureMessage());
        json.put("livemode", false);
        json.put("metadata", context.metadata() == null ? Map.of() : new LinkedHashMap<>(context.metadata()));
        json.put("outcome", ChargeOutcomeJson.outcome(c.status(), c.declineCode()));
        json.put("paid", "succeeded".equals(c.status()));
        json.put("payment_intent", c.paymentIntentId());
        json.put("payment_method", c.paymentMethodId());
        json.put("payment_method_details", paymentMethodDetails(c.card(), context.paymentMethodType()));
        json.put("refunded", c.refunded());
        if (expandRefunds) {
            json.put("refunds", ApiResponses.list(RefundJson.refunds(c.refunds()), false,
                    "/v1/charges/" + c.id() + "/refunds"));
        }
        json.put("status", c.status());
        return json;
    }

    /**
     * A card's brand, last four and checks; or, for a wallet, Stripe's hash of that wallet with the fields it has
     * (a test-mode wallet has no buyer account and no wallet transaction, so they are null).
     */
    private static Map<String, Object> paymentMethodDetails(CardDetails card, String type) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (card == null && Wallets.isWallet(type)) {
            Map<String, Object> wallet = new LinkedHashMap<>();
            if ("alipay".equals(type)) {
                wallet.put("buyer_id", null);
            }
            wallet.put("fingerprint", null);
            if ("wechat_pay".equals(type)) {
                wallet.put("location", null);
                wallet.put("reader", null);
            }
            wallet.put("transaction_id", null);
            json.put(type, wallet);
            json.put("type", type);
            return json;
        }
        if (card == null) {
            json.put("card", null);
        } else {
            json.put("card", PaymentMethodJson.cardSummary(card));
        }
        json.put("type", "card");
        return json;
    }
}
