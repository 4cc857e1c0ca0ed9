package io.paymentledger.gateway.paymentintent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.paymentledger.gateway.web.ResourceNames;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentView;

/**
 * A PaymentIntent in the resource-name API's spelling (docs/api.md §19.1): resource names instead of ids, money as
 * decimal strings, upper-case enums and currency, RFC 3339 times. The same intent as on the Stripe paths; only the
 * view differs, and this class is its only rendering.
 */
final class AccountIntentJson {

    private static final PaymentIntentDetails NO_DETAILS = PaymentIntentDetails.none();

    private AccountIntentJson() {
    }

    static Map<String, Object> intent(PaymentIntentView v, WireLinks links) {
        PaymentIntentDetails d = v.details() == null ? NO_DETAILS : v.details();
        String account = v.accountId();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", ResourceNames.of(account, ResourceNames.PAYMENT_INTENTS, v.id()));
        json.put("amount", Long.toString(v.amount()));
        json.put("currency", v.currency().toUpperCase(Locale.ROOT));
        json.put("status", v.status().name());
        json.put("amount_capturable", Long.toString(v.amountCapturable()));
        json.put("amount_received", Long.toString(v.amountReceived()));
        CaptureMethod captureMethod = d.settings().captureMethod();
        json.put("capture_method", (captureMethod == null ? CaptureMethod.AUTOMATIC : captureMethod).name());
        json.put("setup_future_usage", d.settings().setupFutureUsage() == null ? null
                : d.settings().setupFutureUsage().name());
        json.put("customer", ResourceNames.of(account, ResourceNames.CUSTOMERS, d.references().customer()));
        json.put("payment_method", v.paymentMethod() == null ? null
                : ResourceNames.of(account, ResourceNames.PAYMENT_METHODS, v.paymentMethod().id()));
        json.put("description", d.descriptors().description());
        json.put("metadata", d.metadata() == null ? Map.of() : new LinkedHashMap<>(d.metadata()));
        json.put("latest_charge", v.latestCharge() == null ? null : v.latestCharge().id());
        json.put("last_payment_error", lastPaymentError(account, v.lastPaymentError()));
        json.put("next_action", IntentJson.nextAction(v, links));
        json.put("cancellation_reason", v.cancellationReason() == null ? null : v.cancellationReason().name());
        json.put("create_time", time(v.created()));
        json.put("cancel_time", time(v.canceledAt()));
        return json;
    }

    /** AIP-158's page: the intents, and the token of the next page (null on the last). */
    static Map<String, Object> page(List<PaymentIntentView> intents, boolean hasMore, WireLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("payment_intents", intents.stream().map(v -> intent(v, links)).toList());
        json.put("next_page_token", hasMore && !intents.isEmpty() ? intents.get(intents.size() - 1).id() : null);
        return json;
    }

    private static Map<String, Object> lastPaymentError(String account, LastPaymentError last) {
        if (last == null) {
            return null;
        }
        PaymentError e = last.error();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", e == null || e.code() == null ? null : e.code().type().name());
        json.put("code", e == null || e.code() == null ? null : upper(e.code().wireName()));
        json.put("decline_code", e == null ? null : upper(e.declineCode()));
        json.put("message", e == null ? null : e.message());
        json.put("payment_method", last.paymentMethod() == null ? null
                : ResourceNames.of(account, ResourceNames.PAYMENT_METHODS, last.paymentMethod().id()));
        json.put("device", ResourceNames.of(account, ResourceNames.DEVICES, last.device()));
        return json;
    }

    private static String upper(String wireName) {
        return wireName == null ? null : wireName.toUpperCase(Locale.ROOT);
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
