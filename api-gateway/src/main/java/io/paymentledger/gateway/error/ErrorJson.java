package io.paymentledger.gateway.error;

import io.paymentledger.gateway.paymentintent.PaymentIntentJson;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.error.ErrorType;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.LinkedHashMap;
import java.util.Map;

/** The error envelope (docs/api.md §6.1) and {@code last_payment_error} (§2.1); keys whose value is null are omitted. */
public final class ErrorJson {

    private static final String FALLBACK_MESSAGE = "An error occurred with your request.";

    private ErrorJson() {
    }

    public static Map<String, Object> envelope(PaymentError given, PaymentIntentView intent, String requestId,
                                        WireLinks links) {
        PaymentError e = given.code() != null ? given
                : new PaymentError(PaymentErrorCode.API_ERROR_UNEXPECTED, null, given.message(), null);
        boolean cardError = e.code().type() == ErrorType.CARD_ERROR;
        LastPaymentError last = intent == null ? null : intent.lastPaymentError();
        Map<String, Object> error = new LinkedHashMap<>();
        putError(error, e, e.message() == null || e.message().isBlank() ? FALLBACK_MESSAGE : e.message(), links);
        if (cardError && intent != null) {
            put(error, "charge", chargeOf(intent));
        }
        if (intent != null) {
            put(error, "payment_intent", PaymentIntentJson.intent(intent, Expansions.NONE, links));
        }
        if (cardError && last != null && last.paymentMethod() != null) {
            put(error, "payment_method", PaymentIntentJson.paymentMethod(last.paymentMethod()));
        }
        put(error, "request_log_url", links.requestLogUrl(requestId));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("error", error);
        return envelope;
    }

    public static Map<String, Object> lastPaymentError(LastPaymentError last, WireLinks links) {
        if (last == null) {
            return null;
        }
        PaymentError e = last.error();
        PaymentMethod pm = last.paymentMethod();
        Map<String, Object> json = new LinkedHashMap<>();
        if (e != null && e.code() != null) {
            putError(json, e, e.message(), links);
        }
        put(json, "charge", last.chargeId());
        put(json, "payment_method", pm == null ? null : PaymentIntentJson.paymentMethod(pm));
        put(json, "payment_method_type", pm == null ? null : "card");
        return json;
    }

    /** The failed attempt's charge; none when the attempt never reached the processor. */
    private static String chargeOf(PaymentIntentView intent) {
        return intent.lastPaymentError() == null ? null : intent.lastPaymentError().chargeId();
    }

    private static void putError(Map<String, Object> json, PaymentError e, String message, WireLinks links) {
        put(json, "type", e.code().type().wireName());
        put(json, "code", e.code().wireName());
        put(json, "decline_code", e.declineCode());
        put(json, "message", message);
        put(json, "param", e.param());
        put(json, "doc_url", links.docUrl(e.code().wireName()));
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
