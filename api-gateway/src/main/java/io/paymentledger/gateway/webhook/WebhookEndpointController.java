package io.paymentledger.gateway.webhook;

import java.time.Clock;
import java.util.List;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints per account (docs/api.md §9.3): create (the secret is shown only then), list, retrieve, delete. */
@RestController
@RequestMapping("/v1/webhook_endpoints")
@Tag(name = "Webhook endpoints")
class WebhookEndpointController {

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
        var params = WebhookEndpointParams.create(bodies.read(request), guard);
        long now = clock.millis();
        WebhookEndpoint endpoint = new WebhookEndpoint("we_" + RandomIds.alphanumerics(24), caller.accountId(),
                params.url(), params.enabledEvents(), params.apiVersion(), params.description(),
                "whsec_" + RandomIds.alphanumerics(32), "enabled", now / 1000, now);
        endpoints.insert(endpoint);
        return ApiResponses.ok(WebhookEndpointJson.endpoint(endpoint, true));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Update a webhook endpoint", description = "url, enabled_events[], description, and "
            + "disabled=true|false; a disabled endpoint gets no new events and its pending deliveries are given up.")
    ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        var params = WebhookEndpointParams.update(bodies.read(request));
        WebhookEndpoint updated = WebhookEndpointParams.applyUpdate(params, find(caller, id), guard);
        endpoints.update(updated);
        return ApiResponses.ok(WebhookEndpointJson.endpoint(updated, false));
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints", description = "Newest first, at most limit (default 10).")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        int size = WebhookEndpointParams.limit(bodies.read(request));
        List<WebhookEndpoint> page = endpoints.list(caller.accountId(), size + 1);
        return ApiResponses.ok(ApiResponses.list(page.stream().limit(size).map(e -> WebhookEndpointJson.endpoint(e, false)).toList(),
                page.size() > size, "/v1/webhook_endpoints"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a webhook endpoint", description = "Without its secret.")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        return ApiResponses.ok(WebhookEndpointJson.endpoint(find(caller, id), false));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook endpoint", description = "Its pending deliveries are dropped.")
    @Transactional
    public ResponseEntity<Object> delete(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        find(caller, id);
        deliveries.deleteForEndpoint(id);
        endpoints.delete(caller.accountId(), id);
        return ApiResponses.ok(WebhookEndpointJson.deleted(id));
    }

    private WebhookEndpoint find(Caller caller, String id) {
        return endpoints.find(caller.accountId(), id).orElseThrow(() -> new ApiException(
                PaymentErrorCode.RESOURCE_MISSING, "No such webhook endpoint: '" + id + "'", null));
    }
}
