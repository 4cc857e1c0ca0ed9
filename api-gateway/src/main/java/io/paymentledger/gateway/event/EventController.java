package io.paymentledger.gateway.event;

import java.util.Map;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.webhook.DeliveryRows;
import io.paymentledger.gateway.webhook.ResendBudget;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ApiEventPage;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Events API (docs/api.md §9.1): list and retrieve, plus our delivery log and manual resend (Ext), which
 * {@link ResendAudit} records in the admin audit log.
 */
@RestController
@RequestMapping("/v1/events")
@Tag(name = "Events")
class EventController {

    private final RequestBodies bodies;
    private final QueryGateway queries;
    private final DeliveryRows deliveries;
    private final GatewayProperties properties;
    private final ResendBudget resendBudget;
    private final Idempotency idempotency;

    EventController(RequestBodies bodies, QueryGateway queries, DeliveryRows deliveries,
                    GatewayProperties properties, ResendBudget resendBudget, Idempotency idempotency) {
        this.bodies = bodies;
        this.queries = queries;
        this.deliveries = deliveries;
        this.properties = properties;
        this.resendBudget = resendBudget;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "List events", description = "Newest first; cursor paging with limit, starting_after and "
            + "ending_before; filters type (a * wildcard is allowed), types[] and created[gt|gte|lt|lte]. Rendered "
            + "with the request's Stripe-Version, else ledger.gateway.default-stripe-version.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        var query = EventParams.list(bodies.read(request), caller.accountId());
        ApiEventPage page = Futures.await(queries.query(query, ResponseTypes.instanceOf(ApiEventPage.class)),
                properties.commandTimeout(), "ListApiEvents");
        String version = apiVersion(request);
        return ApiResponses.ok(EventJson.list(page.data().stream().map(e -> render(e, version)).toList(), page.hasMore()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve an event")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        EventParams.retrieve(bodies.read(request));
        return ApiResponses.ok(render(find(caller, id), apiVersion(request)));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "List an event's webhook delivery attempts (our extension)", description = "Oldest first: "
            + "endpoint, time, HTTP status (null without a response), latency and error of every attempt.")
    ResponseEntity<Object> deliveries(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        find(caller, id);
        return ApiResponses.ok(EventJson.deliveries(id, deliveries.attempts(caller.accountId(), id)));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send an event to its webhook endpoints again (our extension)", description = "With "
            + "webhook_endpoint=we_…, to that endpoint only. A finished delivery starts its retry schedule over, a "
            + "waiting one is sent now, one being sent is left alone. At most ledger.webhooks.resends-per-hour "
            + "resends per account (429 rate_limit beyond).")
    ResponseEntity<Object> resend(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams body = bodies.read(request);
        ParamReader params = EventParams.resend(body);
        ApiEventView event = find(caller, id);
        String endpoint = EventParams.webhookEndpoint(params);
        if (endpoint != null) {
            request.setAttribute(ResendAudit.ENDPOINT_ATTRIBUTE, endpoint);
        }
        if (deliveries.deliveryCount(caller.accountId(), id, endpoint) == 0) {
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                    "Event " + id + " has no delivery to that webhook endpoint", "webhook_endpoint");
        }
        long now = System.currentTimeMillis();
        if (!resendBudget.available(caller.accountId(), now)) {
            throw new ApiException(PaymentErrorCode.RATE_LIMIT, "Too many resends: at most "
                    + resendBudget.perHour() + " per hour per account. Try again later.", null);
        }
        idempotency.begin(request, caller, body);
        resendBudget.spend(caller.accountId(), now);
        deliveries.resend(caller.accountId(), id, endpoint, now);
        return ApiResponses.ok(render(event, apiVersion(request)));
    }

    private ApiEventView find(Caller caller, String id) {
        return Futures.await(queries.query(new FindApiEvent(caller.accountId(), id),
                        ResponseTypes.optionalInstanceOf(ApiEventView.class)), properties.commandTimeout(),
                "FindApiEvent").orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                "No such event: '" + id + "'", null));
    }

    private Map<String, Object> render(ApiEventView event, String version) {
        return EventJson.event(event, version, deliveries.pendingCount(event.id()), properties.links());
    }

    /** The request's Stripe-Version, else the gateway's default: never null, so clients can read data.object. */
    private String apiVersion(HttpServletRequest request) {
        String version = request.getHeader("Stripe-Version");
        return version == null || version.isBlank() ? properties.defaultStripeVersion() : version.trim();
    }

}
