package io.paymentledger.gateway.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.messages.event.ApiEventType;
import io.paymentledger.messages.event.ListApiEvents;
import io.paymentledger.messages.paymentintent.CreatedRange;

/** The parameters of {@code GET /v1/events} (spec §8, §9), validated into a {@link ListApiEvents}. */
final class EventRequests {

    private static final Set<String> LIST = Set.of("limit", "starting_after", "ending_before", "type", "types",
            "created", "expand", "delivery_success");
    private static final Set<String> CREATED = Set.of("gt", "gte", "lt", "lte");

    private EventRequests() {
    }

    static ListApiEvents list(Map<String, Object> tree, String accountId) {
        TreeParams params = new TreeParams(tree, LIST);
        Long limit = params.integer("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw TreeParams.invalid("limit", "Invalid limit: must be between 1 and 100");
        }
        if (params.has("type") && params.has("types")) {
            throw TreeParams.invalid("types", "You may only specify one of these parameters: type, types.");
        }
        List<String> types = new ArrayList<>();
        String type = params.string("type");
        if (type != null) {
            types.addAll(expand(type));
        }
        for (String each : params.strings("types")) {
            types.addAll(expand(each));
        }
        if ((type != null || params.has("types")) && types.isEmpty()) {
            types.add("none"); // A filter naming only unknown types matches nothing rather than everything.
        }
        return new ListApiEvents(accountId, List.copyOf(types), created(params), limit == null ? 10 : limit.intValue(),
                params.string("starting_after"), params.string("ending_before"));
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

    private static CreatedRange created(TreeParams params) {
        if (!params.has("created")) {
            return null;
        }
        Map<String, Object> range = params.map("created");
        if (range == null) {
            long exact = params.integer("created");
            return new CreatedRange(null, exact, null, exact);
        }
        for (String key : range.keySet()) {
            if (!CREATED.contains(key)) {
                throw TreeParams.invalid("created[" + key + "]", "Received unknown parameter: created[" + key + "]");
            }
        }
        return new CreatedRange(TreeParams.integer("created[gt]", range.get("gt")),
                TreeParams.integer("created[gte]", range.get("gte")),
                TreeParams.integer("created[lt]", range.get("lt")),
                TreeParams.integer("created[lte]", range.get("lte")));
    }
}
