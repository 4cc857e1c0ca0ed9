package io.paymentledger.gateway.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.event.TreeParams;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ApiEventType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints per account (spec §9.3): create (the secret is shown only then), list, retrieve, delete. */
@RestController
@RequestMapping("/v1/webhook_endpoints")
@Tag(name = "Webhook endpoints")
class WebhookEndpointController {

    private static final Set<String> CREATE = Set.of("url", "enabled_events", "api_version", "description",
            "metadata", "expand");
    private static final Set<String> UPDATE = Set.of("url", "enabled_events", "description", "disabled", "metadata",
            "expand");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "expand");

    private final RequestBodies bodies;
    private final WebhookEndpointRows endpoints;
    private final DeliveryRows deliveries;
    private final TargetGuard guard;
    private final Clock clock = Clock.systemUTC();

    WebhookEndpointController(RequestBodies bodies, WebhookEndpointRows endpoints, DeliveryRows deliveries,
                              TargetGuard guard) {
        this.bodies = bodies;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
    }

    @PostMapping
    @Operation(summary = "Create a webhook endpoint", description = "url (http or https; private and loopback "
            + "hosts are refused unless ledger.webhooks.allow-private-targets), enabled_events[] (types or *), "
            + "optional api_version and description. The answer holds the signing secret, shown only once.")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        TreeParams params = new TreeParams(bodies.read(request).tree(), CREATE);
        String url = url(params.string("url"));
        List<String> events = enabledEvents(params);
        if (events.isEmpty()) {
            throw new ApiException(PaymentErrorCode.PARAMETER_MISSING, "Missing required param: enabled_events.",
                    "enabled_events");
        }
        long now = clock.millis();
        WebhookEndpoint endpoint = new WebhookEndpoint("we_" + RandomIds.alphanumerics(24), caller.accountId(), url,
                List.copyOf(events), params.string("api_version"), params.string("description"),
                "whsec_" + RandomIds.alphanumerics(32), "enabled", now / 1000, now);
        endpoints.insert(endpoint);
        return ok(WebhookEndpointJson.endpoint(endpoint, true));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Update a webhook endpoint", description = "url, enabled_events[], description, and "
            + "disabled=true|false; a disabled endpoint gets no new events and its pending deliveries are given up.")
    ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        TreeParams params = new TreeParams(bodies.read(request).tree(), UPDATE);
        WebhookEndpoint e = find(caller, id);
        String url = params.has("url") ? url(params.string("url")) : e.url();
        List<String> events = params.has("enabled_events") ? enabledEvents(params) : e.enabledEvents();
        if (events.isEmpty()) {
            throw new ApiException(PaymentErrorCode.PARAMETER_INVALID_EMPTY,
                    "enabled_events cannot be empty.", "enabled_events");
        }
        String disabled = params.string("disabled");
        if (disabled != null && !disabled.equals("true") && !disabled.equals("false")) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Invalid boolean: " + disabled, "disabled");
        }
        String status = disabled == null ? e.status() : disabled.equals("true") ? "disabled" : "enabled";
        WebhookEndpoint updated = new WebhookEndpoint(e.id(), e.accountId(), url, List.copyOf(events), e.apiVersion(),
                params.has("description") ? params.string("description") : e.description(), e.secret(), status,
                e.created(), e.createdMillis());
        endpoints.update(updated);
        return ok(WebhookEndpointJson.endpoint(updated, false));
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints", description = "Newest first, at most limit (default 10).")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        TreeParams params = new TreeParams(bodies.read(request).tree(), LIST);
        Long limit = params.integer("limit");
        int size = limit == null ? 10 : (int) Math.max(1, Math.min(100, limit));
        List<WebhookEndpoint> page = endpoints.list(caller.accountId(), size + 1);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "list");
        json.put("data", page.stream().limit(size).map(e -> WebhookEndpointJson.endpoint(e, false)).toList());
        json.put("has_more", page.size() > size);
        json.put("url", "/v1/webhook_endpoints");
        return ok(json);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a webhook endpoint", description = "Without its secret.")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        return ok(WebhookEndpointJson.endpoint(find(caller, id), false));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook endpoint", description = "Its pending deliveries are dropped.")
    @Transactional
    public ResponseEntity<Object> delete(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        find(caller, id);
        deliveries.deleteForEndpoint(id);
        endpoints.delete(caller.accountId(), id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "webhook_endpoint");
        json.put("deleted", true);
        return ok(json);
    }

    private String url(String url) {
        if (url == null) {
            throw new ApiException(PaymentErrorCode.PARAMETER_MISSING, "Missing required param: url.", "url");
        }
        guard.refusal(url).ifPresent(reason -> {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, reason, "url");
        });
        return url;
    }

    private static List<String> enabledEvents(TreeParams params) {
        List<String> events = params.strings("enabled_events");
        for (String type : events) {
            if (type.contains(",") || !type.equals("*") && !ApiEventType.isKnown(type)) {
                throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Invalid enabled_events: '" + type
                        + "' is not an event type this ledger emits", "enabled_events");
            }
        }
        return events;
    }

    private WebhookEndpoint find(Caller caller, String id) {
        return endpoints.find(caller.accountId(), id).orElseThrow(() -> new ApiException(
                PaymentErrorCode.RESOURCE_MISSING, "No such webhook endpoint: '" + id + "'", null));
    }

    private static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
