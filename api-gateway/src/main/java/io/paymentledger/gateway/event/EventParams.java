package io.paymentledger.gateway.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.paymentintent.CreatedRange;

/** The parameters of the events endpoints (docs/api.md §8, §9), validated into their queries. */
public final class EventParams {

    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "type", "types",
            "created", "expand", "delivery_success");
    private static final Set<String> RETRIEVE = Set.of("expand");
    private static final Set<String> RESEND = Set.of("webhook_endpoint");
    private static final Set<String> CREATED = Set.of("gt", "gte", "lt", "lte");

    private EventParams() {
    }

    public static ListApiEvents list(RequestParams request, String accountId) {
        ParamReader params = ParamReader.of(request).allowOnly(LIST);
        Long limit = params.laxInteger("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ParamErrors.invalid("limit", "Invalid limit: must be between 1 and 100");
        }
        if (params.has("type") && params.has("types")) {
            throw ParamErrors.invalid("types", "You may only specify one of these parameters: type, types.");
        }
        List<String> types = new ArrayList<>();
        String type = params.laxString("type");
        if (type != null) {
            types.addAll(expand(type));
        }
        for (String each : params.laxStrings("types")) {
            types.addAll(expand(each));
        }
        if ((type != null || params.has("types")) && types.isEmpty()) {
            types.add("none"); // A filter naming only unknown types matches nothing rather than everything.
        }
        return new ListApiEvents(accountId, List.copyOf(types), created(params), limit == null ? 10 : limit.intValue(),
                params.laxString("starting_after"), params.laxString("ending_before"));
    }

    public static void retrieve(RequestParams request) {
        ParamReader.of(request).allowOnly(RETRIEVE);
    }

    /** Checks the parameters of a resend; {@link #webhookEndpoint} reads them once the event is found. */
    public static ParamReader resend(RequestParams request) {
        return ParamReader.of(request).allowOnly(RESEND);
    }

    /** The endpoint a resend is limited to, or null for all of the event's endpoints. */
    public static String webhookEndpoint(ParamReader resend) {
        return resend.laxString("webhook_endpoint");
    }

    /** An exact type, or a wildcard such as {@code payment_intent.*} (Stripe allows one {@code *}). */
    private static List<String> expand(String type) {
        if (!type.contains("*")) {
            return List.of(type);
        }
        String prefix = type.substring(0, type.indexOf('*'));
        List<String> matches = new ArrayList<>();
        for (ApiEventType known : ApiEventType.values()) {
            if (known.wireName().startsWith(prefix)) {
                matches.add(known.wireName());
            }
        }
        return matches;
    }

    private static CreatedRange created(ParamReader params) {
        if (!params.has("created")) {
            return null;
        }
        if (!(params.raw("created") instanceof Map<?, ?>)) {
            long exact = params.laxInteger("created");
            return new CreatedRange(null, exact, null, exact);
        }
        ParamReader range = params.object("created");
        for (String key : range.keys()) {
            if (!CREATED.contains(key)) {
                throw ParamErrors.invalid(range.name(key), "Received unknown parameter: " + range.name(key));
            }
        }
        return new CreatedRange(range.laxInteger("gt"), range.laxInteger("gte"), range.laxInteger("lt"),
                range.laxInteger("lte"));
    }
}
