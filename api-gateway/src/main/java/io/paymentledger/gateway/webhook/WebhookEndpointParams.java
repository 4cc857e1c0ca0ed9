package io.paymentledger.gateway.webhook;

import java.util.List;
import java.util.Set;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ApiEventType;

/** The parameters of the webhook endpoint routes (docs/api.md §9.3) and their rules. */
final class WebhookEndpointParams {

    private static final Set<String> CREATE = Set.of("url", "enabled_events", "api_version", "description",
            "metadata", "expand");
    private static final Set<String> UPDATE = Set.of("url", "enabled_events", "description", "disabled", "metadata",
            "expand");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "expand");

    /** A new endpoint's settings; the controller gives it its id and secret. */
    record Creation(String url, List<String> enabledEvents, String apiVersion, String description) {
    }

    private WebhookEndpointParams() {
    }

    static Creation create(RequestParams request, TargetGuard guard) {
        ParamReader params = ParamReader.of(request).allowOnly(CREATE);
        String url = url(params.laxString("url"), guard);
        List<String> events = enabledEvents(params);
        if (events.isEmpty()) {
            throw ParamErrors.missing("enabled_events");
        }
        return new Creation(url, List.copyOf(events), params.laxString("api_version"), params.laxString("description"));
    }

    /** Checks the parameters of an update; {@link #applyUpdate} reads them once the endpoint is found. */
    static ParamReader update(RequestParams request) {
        return ParamReader.of(request).allowOnly(UPDATE);
    }

    static WebhookEndpoint applyUpdate(ParamReader params, WebhookEndpoint e, TargetGuard guard) {
        String url = params.has("url") ? url(params.laxString("url"), guard) : e.url();
        List<String> events = params.has("enabled_events") ? enabledEvents(params) : e.enabledEvents();
        if (events.isEmpty()) {
            throw ParamErrors.of(PaymentErrorCode.PARAMETER_INVALID_EMPTY, "enabled_events cannot be empty.",
                    "enabled_events");
        }
        String disabled = params.laxString("disabled");
        if (disabled != null && !disabled.equals("true") && !disabled.equals("false")) {
            throw ParamErrors.invalid("disabled", "Invalid boolean: " + disabled);
        }
        String status = disabled == null ? e.status() : disabled.equals("true") ? "disabled" : "enabled";
        return new WebhookEndpoint(e.id(), e.accountId(), url, List.copyOf(events), e.apiVersion(),
                params.has("description") ? params.laxString("description") : e.description(), e.secret(), status,
                e.created(), e.createdMillis());
    }

    /** The page size: 10 unless given, and kept within 1 to 100. */
    static int limit(RequestParams request) {
        Long limit = ParamReader.of(request).allowOnly(LIST).laxInteger("limit");
        return limit == null ? 10 : (int) Math.max(1, Math.min(100, limit));
    }

    private static String url(String url, TargetGuard guard) {
        if (url == null) {
            throw ParamErrors.missing("url");
        }
        guard.refusal(url).ifPresent(reason -> {
            throw ParamErrors.invalid("url", reason);
        });
        return url;
    }

    private static List<String> enabledEvents(ParamReader params) {
        List<String> events = params.laxStrings("enabled_events");
        for (String type : events) {
            if (type.contains(",") || !type.equals("*") && !ApiEventType.isKnown(type)) {
                throw ParamErrors.invalid("enabled_events", "Invalid enabled_events: '" + type
                        + "' is not an event type this ledger emits");
            }
        }
        return events;
    }
}
