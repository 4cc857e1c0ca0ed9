package io.paymentledger.gateway.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.paymentledger.gateway.charge.ChargeJson;
import io.paymentledger.gateway.paymentintent.PaymentIntentJson;
import io.paymentledger.gateway.refund.RefundJson;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.transfer.TransferJson;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.gateway.webhook.DeliveryAttempt;
import io.paymentledger.messages.event.ApiEventObject;
import io.paymentledger.messages.event.ApiEventView;

/**
 * Stripe's event object (docs/api.md §9.1), rendered from a stored {@link ApiEventView} with the api_version of the
 * request or endpoint. Ordered maps that keep nulls, like {@link PaymentIntentJson}.
 */
public final class EventJson {

    public static final String LIST_URL = "/v1/events";

    private EventJson() {
    }

    public static Map<String, Object> event(ApiEventView e, String apiVersion, long pendingWebhooks, WireLinks links) {
        Map<String, Object> object = object(e.object(), links);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", object);
        if (e.previous() != null) {
            data.put("previous_attributes", previousAttributes(object(e.previous(), links), object));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", e.requestId());
        request.put("idempotency_key", e.idempotencyKey());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("object", "event");
        json.put("api_version", apiVersion);
        json.put("created", e.created().getEpochSecond());
        json.put("data", data);
        json.put("livemode", false);
        json.put("pending_webhooks", pendingWebhooks);
        json.put("request", request);
        json.put("type", e.type());
        return json;
    }

    public static Map<String, Object> list(List<Map<String, Object>> data, boolean hasMore) {
        return ApiResponses.list(data, hasMore, LIST_URL);
    }

    /** An event's delivery attempts (our extension), oldest first. */
    static Map<String, Object> deliveries(String eventId, List<DeliveryAttempt> attempts) {
        return ApiResponses.list(attempts.stream().map(EventJson::attempt).toList(), false,
                LIST_URL + "/" + eventId + "/deliveries");
    }

    private static Map<String, Object> attempt(DeliveryAttempt a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "webhook_delivery_attempt");
        json.put("webhook_endpoint", a.endpointId());
        json.put("event", a.eventId());
        json.put("created", a.attemptedAtMillis() / 1000);
        json.put("attempted_at_ms", a.attemptedAtMillis());
        json.put("http_status", a.httpStatus());
        json.put("latency_ms", a.latencyMillis());
        json.put("error", a.error());
        json.put("response_excerpt", a.responseExcerpt());
        json.put("succeeded", a.error() == null);
        return json;
    }

    /** The intent, charge or refund, as its own endpoint renders it (without expansions). */
    private static Map<String, Object> object(ApiEventObject o, WireLinks links) {
        if (o.charge() != null) {
            return ChargeJson.charge(o.charge(), false);
        }
        if (o.refund() != null) {
            return RefundJson.refund(o.refund());
        }
        if (o.transfer() != null) {
            return TransferJson.transfer(o.transfer());
        }
        return PaymentIntentJson.intent(o.intent(), Expansions.NONE, links);
    }

    /** The prior values of the top-level fields whose rendering changed (our extension, docs/api.md §9.1). */
    static Map<String, Object> previousAttributes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        before.forEach((key, value) -> {
            if (!Objects.equals(value, after.get(key))) {
                changed.put(key, value);
            }
        });
        return changed;
    }
}
