package io.paymentledger.gateway.dashboard;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.error.HttpStatuses;
import io.paymentledger.gateway.event.EventJson;
import io.paymentledger.gateway.event.ResendAudit;
import io.paymentledger.gateway.webhook.DeliveryRows;
import io.paymentledger.gateway.webhook.ResendBudget;
import io.paymentledger.gateway.webhook.WebhookEndpointRows;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ApiEventPage;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.event.ListApiEvents;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For developers: the account's events (type filter, cursor paging), its webhook endpoints, and one event's
 * payload as the API renders it with its delivery attempts (status, latency, response) and a resend button that
 * does what {@code POST /v1/events/{id}/resend} does, within the same hourly budget and into the same admin audit
 * log.
 */
@Controller
class DevelopersController {

    private static final int PAGE_SIZE = 25;

    private final DashboardQueries queries;
    private final WebhookEndpointRows endpoints;
    private final DeliveryRows deliveries;
    private final ResendBudget resendBudget;
    private final GatewayProperties properties;
    private final ObjectMapper json;
    private final ResendAudit audit;

    DevelopersController(DashboardQueries queries, WebhookEndpointRows endpoints, DeliveryRows deliveries,
                         ResendBudget resendBudget, GatewayProperties properties, ObjectMapper json,
                         ResendAudit audit) {
        this.audit = audit;
        this.queries = queries;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.resendBudget = resendBudget;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping(DashboardFilter.PATH + "/developers")
    String developers(@RequestParam(name = "type", required = false) String type,
                      @RequestParam(name = "starting_after", required = false) String startingAfter,
                      HttpServletRequest request, Model model) {
        String account = DashboardAdvice.caller(request).accountId();
        String typeFilter = PaymentsController.blankToNull(type);
        ApiEventPage page = queries.ask(new ListApiEvents(account, typeFilter == null ? null
                : List.of(typeFilter.trim()), null, PAGE_SIZE, PaymentsController.blankToNull(startingAfter), null),
                ApiEventPage.class);
        model.addAttribute("events", page.data());
        model.addAttribute("type", typeFilter);
        model.addAttribute("nextAfter", page.hasMore() && !page.data().isEmpty()
                ? page.data().get(page.data().size() - 1).id() : null);
        model.addAttribute("endpoints", endpoints.newest(account, 100));
        return "dashboard/developers";
    }

    @GetMapping(DashboardFilter.PATH + "/developers/events/{id}")
    String event(@PathVariable String id, @RequestParam(name = "resent", required = false) String resent,
                 HttpServletRequest request, Model model) {
        Caller caller = DashboardAdvice.caller(request);
        ApiEventView event = find(caller, id);
        model.addAttribute("event", event);
        model.addAttribute("payload", pretty(event));
        model.addAttribute("attempts", deliveries.attempts(caller.accountId(), id));
        model.addAttribute("mayResend", DashboardAdvice.mayWrite(caller, "webhook_endpoints")
                && deliveries.deliveryCount(caller.accountId(), id, null) > 0);
        model.addAttribute("resent", resent != null);
        return "dashboard/event";
    }

    /** Resends an event's deliveries; recorded in the admin audit log like the API's resend, refused ones too. */
    @PostMapping(DashboardFilter.PATH + "/developers/events/{id}/resend")
    String resend(@PathVariable String id, HttpServletRequest request) {
        Caller caller = DashboardAdvice.caller(request);
        try {
            resendDeliveries(caller, id);
        } catch (ApiException refused) {
            audit.record(caller, request, null, HttpStatuses.of(refused.error()).value(), refused);
            throw refused;
        }
        audit.record(caller, request, null, HttpServletResponse.SC_FOUND, null);
        return "redirect:" + DashboardFilter.PATH + "/developers/events/" + id + "?resent";
    }

    private void resendDeliveries(Caller caller, String id) {
        if (!DashboardAdvice.mayWrite(caller, "webhook_endpoints")) {
            throw new ApiException(PaymentErrorCode.PERMISSION_DENIED, "The key " + caller.keyLabel()
                    + " may read but not resend.", null);
        }
        find(caller, id);
        if (deliveries.deliveryCount(caller.accountId(), id, null) == 0) {
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING, "Event " + id + " has no delivery to resend",
                    null);
        }
        long now = System.currentTimeMillis();
        if (!resendBudget.available(caller.accountId(), now)) {
            throw new ApiException(PaymentErrorCode.RATE_LIMIT, "Too many resends: at most "
                    + resendBudget.perHour() + " per hour per account. Try again later.", null);
        }
        resendBudget.spend(caller.accountId(), now);
        deliveries.resend(caller.accountId(), id, null, now);
    }

    private ApiEventView find(Caller caller, String id) {
        return queries.find(new FindApiEvent(caller.accountId(), id), ApiEventView.class)
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such event: '" + id + "'",
                        null));
    }

    private String pretty(ApiEventView event) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(EventJson.event(event,
                    properties.defaultStripeVersion(), deliveries.pendingCount(event.id()), properties.links()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
