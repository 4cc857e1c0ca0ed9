package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.charge.ChargeOutcomeJson;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Charge object of docs/api.md §2.3. A charge carries no copy of the intent's descriptive fields, so customer,
 * description and metadata come from the intent it belongs to, as Stripe copies them at charge time.
 */
final class ChargeJson {


    private ChargeJson() {
    }

    static Map<String, Object> charge(ChargeView c, PaymentIntentView intent) {
        PaymentMethod pm = paymentMethodOf(c, intent);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("object", "charge");
        json.put("amount", c.amount());
        json.put("amount_captured", c.amountCaptured());
        json.put("amount_refunded", c.amountRefunded());
        json.put("billing_details", PaymentMethodJson.billingDetails(pm == null ? null : pm.billingDetails()));
        json.put("captured", c.captured());
        json.put("created", PaymentMethodJson.seconds(c.created()));
        json.put("currency", c.currency());
        json.put("customer",
                intent == null || intent.details() == null ? null : intent.details().references().customer());
        json.put("description",
                intent == null || intent.details() == null ? null : intent.details().descriptors().description());
        json.put("failure_code", c.failureCode());
        json.put("failure_message", c.failureMessage());
        json.put("livemode", false);
        json.put("metadata", intent == null || intent.details() == null || intent.details().metadata() == null
                ? Map.of() : new LinkedHashMap<>(intent.details().metadata()));
        json.put("outcome", ChargeOutcomeJson.outcome(c.status(), c.declineCode()));
        json.put("paid", "succeeded".equals(c.status()));
        json.put("payment_intent", intent == null ? null : intent.id());
        json.put("payment_method", c.paymentMethodId());
        json.put("payment_method_details", paymentMethodDetails(pm));
        json.put("refunded", c.refunded());
        json.put("status", c.status());
        return json;
    }

    private static Map<String, Object> paymentMethodDetails(PaymentMethod pm) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("card", pm == null || pm.card() == null ? null : PaymentMethodJson.cardSummary(pm.card()));
        json.put("type", "card");
        return json;
    }

    /** The charged method is the intent's current one, or, after a decline, the one in its last error. */
    private static PaymentMethod paymentMethodOf(ChargeView c, PaymentIntentView intent) {
        if (intent == null || c.paymentMethodId() == null) {
            return null;
        }
        if (intent.paymentMethod() != null && Objects.equals(intent.paymentMethod().id(), c.paymentMethodId())) {
            return intent.paymentMethod();
        }
        if (intent.lastPaymentError() != null && intent.lastPaymentError().paymentMethod() != null
                && Objects.equals(intent.lastPaymentError().paymentMethod().id(), c.paymentMethodId())) {
            return intent.lastPaymentError().paymentMethod();
        }
        return null;
    }
}
