package io.paymentledger.gateway.webhook;

import java.time.Clock;
import java.util.List;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
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

/**
 * Webhook endpoints per account (docs/api.md §9.3): create (the secret is shown only then), update, list, retrieve, delete;
 * at most {@link #MAX_PER_ACCOUNT} per account. Creation and update honour {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/v1/webhook_endpoints")
@Tag(name = "Webhook endpoints")
class WebhookEndpointController {

    /** Stripe's limit per account; every event fans out to all of them. */
    static final int MAX_PER_ACCOUNT = 16;

    private final RequestBodies bodies;
    private final WebhookEndpointRows endpoints;
    private final DeliveryRows deliveries;
    private final TargetGuard guard;
    private final Idempotency idempotency;
    private final Clock clock = Clock.systemUTC();

    WebhookEndpointController(RequestBodies bodies, WebhookEndpointRows endpoints, DeliveryRows deliveries,
                              TargetGuard guard, Idempotency idempotency) {
        this.bodies = bodies;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Create a webhook endpoint", description = "url (http or https; private and loopback "
            + "hosts are refused unless ledger.webhooks.allow-private-targets), enabled_events[] (types or *), "
            + "optional api_version and description. The answer holds the signing secret, shown only once.")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        var params = WebhookEndpointParams.create(body, guard);
        if (endpoints.count(caller.accountId()) >= MAX_PER_ACCOUNT) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "You have reached the maximum of "
                    + MAX_PER_ACCOUNT + " test webhook endpoints.", null);
        }
        idempotency.begin(request, caller, body);
        long now = clock.millis();
        WebhookEndpoint endpoint = new WebhookEndpoint("we_" + RandomIds.alphanumerics(24), caller.accountId(),
                params.url(), params.enabledEvents(), params.apiVersion(), params.description(),
                "whsec_" + RandomIds.alphanumerics(32), "enabled", now / 1000, now, params.metadata());
        endpoints.insert(endpoint);
        return ApiResponses.ok(WebhookEndpointJson.endpoint(endpoint, true));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Update a webhook endpoint", description = "url, enabled_events[], description, and "
            + "disabled=true|false; a disabled endpoint gets no new events and its pending deliveries are given up.")
    ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        var params = WebhookEndpointParams.update(body);
        WebhookEndpoint updated = WebhookEndpointParams.applyUpdate(params, find(caller, id), guard);
        idempotency.begin(request, caller, body);
        endpoints.update(updated);
        return ApiResponses.ok(WebhookEndpointJson.endpoint(updated, false));
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints", description = "Newest first, at most limit (default 10); "
            + "cursor paging with starting_after or ending_before.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        var page = WebhookEndpointParams.page(bodies.read(request));
        int size = page.limit();
        List<WebhookEndpoint> found = page.endingBefore() != null
                ? WebhookEndpointRows.reversed(endpoints.newerThan(caller.accountId(),
                        cursor(caller, page.endingBefore(), "ending_before"), size + 1))
                : endpoints.olderThan(caller.accountId(), page.startingAfter() == null ? null
                        : cursor(caller, page.startingAfter(), "starting_after"), size + 1);
        boolean hasMore = found.size() > size;
        // Before a cursor, the extra row read is the oldest, at the far end of the page from the cursor.
        List<WebhookEndpoint> shown = !hasMore ? found
                : page.endingBefore() != null ? found.subList(1, found.size()) : found.subList(0, size);
        return ApiResponses.ok(ApiResponses.list(shown.stream().map(e -> WebhookEndpointJson.endpoint(e, false))
                .toList(), hasMore, "/v1/webhook_endpoints"));
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

    private WebhookEndpoint cursor(Caller caller, String id, String param) {
        return endpoints.find(caller.accountId(), id).orElseThrow(() -> new ApiException(
                PaymentErrorCode.RESOURCE_MISSING, "No such webhook endpoint: '" + id + "'", param));
    }

    private WebhookEndpoint find(Caller caller, String id) {
        return endpoints.find(caller.accountId(), id).orElseThrow(() -> new ApiException(
                PaymentErrorCode.RESOURCE_MISSING, "No such webhook endpoint: '" + id + "'", null));
    }
}
