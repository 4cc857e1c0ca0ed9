package io.paymentledger.gateway.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stripe's webhook_endpoint object; the secret only in the answer to its creation. */
final class WebhookEndpointJson {

    private WebhookEndpointJson() {
    }

    static Map<String, Object> endpoint(WebhookEndpoint e, boolean withSecret) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("object", "webhook_endpoint");
        json.put("api_version", e.apiVersion());
        json.put("application", null);
        json.put("created", e.created());
        json.put("description", e.description());
        json.put("enabled_events", e.enabledEvents());
        json.put("livemode", false);
        json.put("metadata", e.metadata());
        if (withSecret) {
            json.put("secret", e.secret());
        }
        json.put("status", e.status());
        json.put("url", e.url());
        return json;
    }

    static Map<String, Object> deleted(String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "webhook_endpoint");
        json.put("deleted", true);
        return json;
    }
}
