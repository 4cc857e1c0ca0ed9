package io.paymentledger.gateway.webhook;

import java.util.List;
import java.util.Map;

/** A registered receiver. {@code createdMillis}: only events after it are sent to the endpoint. */
public record WebhookEndpoint(String id, String accountId, String url, List<String> enabledEvents, String apiVersion,
                              String description, String secret, String status, long created, long createdMillis,
                              Map<String, String> metadata) {

    public boolean subscribedTo(String type) {
        return "enabled".equals(status) && (enabledEvents.contains("*") || enabledEvents.contains(type));
    }
}
