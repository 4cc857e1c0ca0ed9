package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.gateway.error.ErrorJson;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.PaymentIntentSearchResult;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stripe's JSON for PaymentIntents, lists, search results, PaymentMethods and errors, as ordered maps
 * that keep null values: serialize them with a mapper that writes nulls (Jackson's default), because a missing
 * field reads as null in typed clients but an explicit null is what Stripe sends (docs/api.md §2).
 */
public final class PaymentIntentJson {

    public static final String LIST_URL = "/v1/payment_intents";
    public static final String SEARCH_URL = "/v1/payment_intents/search";

    private PaymentIntentJson() {
    }

    public static Map<String, Object> intent(PaymentIntentView v, Expansions e, String publicBaseUrl) {
        return intent(v, e, WireLinks.of(publicBaseUrl));
    }

    public static Map<String, Object> intent(PaymentIntentView v, Expansions e, WireLinks links) {
        return IntentJson.intent(v, e, links);
    }

    public static Map<String, Object> list(List<PaymentIntentView> data, boolean hasMore, String url, Expansions e,
                                           String publicBaseUrl) {
        return list(data, hasMore, url, e, WireLinks.of(publicBaseUrl));
    }

    public static Map<String, Object> list(List<PaymentIntentView> data, boolean hasMore, String url, Expansions e,
                                           WireLinks links) {
        return ApiResponses.list(data.stream().map(v -> intent(v, e, links)).toList(), hasMore, url);
    }

    public static Map<String, Object> searchResult(PaymentIntentSearchResult r, Expansions e, String publicBaseUrl) {
        return searchResult(r, e, WireLinks.of(publicBaseUrl));
    }

    public static Map<String, Object> searchResult(PaymentIntentSearchResult r, Expansions e, WireLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "search_result");
        json.put("data", r.data().stream().map(v -> intent(v, e, links)).toList());
        json.put("has_more", r.hasMore());
        json.put("next_page", r.nextPage());
        json.put("url", SEARCH_URL);
        if (e.totalCount()) {
            json.put("total_count", r.totalCount());
        }
        return json;
    }

    public static Map<String, Object> paymentMethod(PaymentMethod pm) {
        return PaymentMethodJson.paymentMethod(pm);
    }

    /**
     * {@code {"error":{type,code,decline_code,message,param,doc_url,charge,payment_intent,payment_method,
     * request_log_url}}} with null keys omitted. Without a public base URL the nested intent's 3-D Secure page
     * URL is relative; prefer {@link #error(PaymentError, PaymentIntentView, String, WireLinks)}.
     */
    public static Map<String, Object> error(PaymentError e, PaymentIntentView intentOrNull, String requestId,
                                            String docsBaseUrl) {
        return error(e, intentOrNull, requestId, new WireLinks("", docsBaseUrl, null));
    }

    public static Map<String, Object> error(PaymentError e, PaymentIntentView intentOrNull, String requestId,
                                            WireLinks links) {
        return ErrorJson.envelope(e, intentOrNull, requestId, links);
    }
}
