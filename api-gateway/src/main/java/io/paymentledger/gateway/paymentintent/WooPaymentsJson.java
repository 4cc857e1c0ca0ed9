package io.paymentledger.gateway.paymentintent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.paymentledger.gateway.charge.ChargeJson;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.paymentintent.PaymentIntentView;

/**
 * An intent as WooPayments answers it (docs/api.md §18.1): no {@code object}, the currency in upper case, the
 * latest charge embedded as {@code charge} (Stripe's charge without {@code object}, plus
 * {@code application_fee_amount}, always 0: the ledger takes no application fee), and the order's
 * {@code order_id} from the metadata.
 */
final class WooPaymentsJson {

    private WooPaymentsJson() {
    }

    static Map<String, Object> intent(PaymentIntentView intent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", intent.id());
        json.put("amount", intent.amount());
        json.put("currency", upper(intent.currency()));
        json.put("created", PaymentMethodJson.seconds(intent.created()));
        json.put("customer", intent.details() == null ? null : intent.details().references().customer());
        json.put("payment_method", intent.paymentMethod() == null ? null : intent.paymentMethod().id());
        json.put("status", intent.status().wireName());
        json.put("order_id", intent.details() == null || intent.details().metadata() == null ? null
                : intent.details().metadata().get("order_id"));
        json.put("charge", intent.latestCharge() == null ? null : charge(intent));
        return json;
    }

    private static Map<String, Object> charge(PaymentIntentView intent) {
        Map<String, Object> stripe = ChargeJson.charge(ChargeDetailView.latestOf(intent), false);
        Map<String, Object> json = new LinkedHashMap<>();
        stripe.forEach((key, value) -> {
            if (key.equals("object")) {
                return;
            }
            json.put(key, key.equals("currency") ? upper((String) value) : value);
            if (key.equals("amount_refunded")) {
                json.put("application_fee_amount", 0L);
            }
        });
        return json;
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }
}
