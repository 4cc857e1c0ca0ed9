package io.paymentledger.gateway.webhook;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.web.MetadataParam;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.event.ApiEventType;

/**
 * The parameters of the webhook endpoint routes (docs/api.md §9.3) and their rules. String lengths are the columns' of
 * V250 ({@code url} 2048, {@code description} 5000 as at Stripe, {@code api_version} 64); metadata has Stripe's
 * limits ({@link MetadataParam}).
 */
public final class WebhookEndpointParams {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_DESCRIPTION_LENGTH = 5000;
    static final int MAX_API_VERSION_LENGTH = 64;

    private static final Set<String> CREATE = Set.of("url", "enabled_events", "api_version", "description",
            "metadata", "expand");
    private static final Set<String> UPDATE = Set.of("url", "enabled_events", "description", "disabled", "metadata",
            "expand");
    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "expand");

    /** A new endpoint's settings; the controller gives it its id and secret. */
    public record Creation(String url, List<String> enabledEvents, String apiVersion, String description,
                    Map<String, String> metadata) {
    }

    /** A page request: newest first, {@code limit} of them after or before the cursor endpoint (at most one). */
    public record Page(int limit, String startingAfter, String endingBefore) {
    }

    private WebhookEndpointParams() {
    }

    public static Creation create(RequestParams request, TargetGuard guard) {
        ParamReader params = ParamReader.of(request).allowOnly(CREATE);
        String url = url(params, guard);
        List<String> events = enabledEvents(params);
        if (events.isEmpty()) {
            throw ParamErrors.missing("enabled_events");
        }
        return new Creation(url, events, params.optionalString("api_version", MAX_API_VERSION_LENGTH),
                params.optionalString("description", MAX_DESCRIPTION_LENGTH),
                MetadataParam.withoutEmptyValues(params, "metadata"));
    }

    /** Checks the parameters of an update; {@link #applyUpdate} reads them once the endpoint is found. */
    public static ParamReader update(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(UPDATE);
        params.optionalString("url", MAX_URL_LENGTH);
        params.optionalString("description", MAX_DESCRIPTION_LENGTH);
        MetadataParam.read(params, "metadata");
        return params;
    }

    public static WebhookEndpoint applyUpdate(ParamReader params, WebhookEndpoint e, TargetGuard guard) {
        String url = params.has("url") ? url(params, guard) : e.url();
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
        return new WebhookEndpoint(e.id(), e.accountId(), url, events, e.apiVersion(),
                params.has("description") ? params.optionalString("description", MAX_DESCRIPTION_LENGTH)
                        : e.description(), e.secret(), status, e.created(), e.createdMillis(),
                MetadataParam.updated(params, "metadata", e.metadata()));
    }

    /** The page size (10 unless given, kept within 1 to 100) and the cursor. */
    public static Page page(RequestParams request) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        Long limit = params.laxInteger("limit");
        String startingAfter = params.optionalString("starting_after", 64);
        String endingBefore = params.optionalString("ending_before", 64);
        if (startingAfter != null && endingBefore != null) {
            throw ParamErrors.of(PaymentErrorCode.PARAMETERS_EXCLUSIVE,
                    "You may only specify one of these parameters: starting_after, ending_before.", "ending_before");
        }
        return new Page(limit == null ? 10 : (int) Math.max(1, Math.min(100, limit)), startingAfter, endingBefore);
    }

    private static String url(ParamReader params, TargetGuard guard) {
        String url = params.optionalString("url", MAX_URL_LENGTH);
        if (url == null) {
            throw ParamErrors.missing("url");
        }
        guard.refusal(url).ifPresent(reason -> {
            throw ParamErrors.invalid("url", reason.length() > 300 ? reason.substring(0, 300) + "..." : reason);
        });
        return url;
    }

    private static List<String> enabledEvents(ParamReader params) {
        List<String> events = params.laxStrings("enabled_events");
        for (String type : events) {
            if (type.contains(",") || !type.equals("*") && !ApiEventType.isKnown(type)) {
                throw ParamErrors.invalid("enabled_events", "Invalid enabled_events: '" + ParamErrors.abbreviate(type)
                        + "' is not an event type this ledger emits");
            }
        }
        return events.stream().distinct().toList();
    }
}
