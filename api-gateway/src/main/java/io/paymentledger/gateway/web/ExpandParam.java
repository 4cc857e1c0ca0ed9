package io.paymentledger.gateway.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code expand[]} (docs/api.md §3.0) of any endpoint: each resource names the fields it can expand. On lists and search
 * results the paths carry Stripe's {@code data.} prefix, and search also takes {@code total_count}.
 */
public final class ExpandParam {
    private static final String LIST_PREFIX = "data.";
    private static final String TOTAL_COUNT = "total_count";

    private ExpandParam() {
    }

    public static Expansions read(ParamReader params, boolean list, Set<String> expandable) {
        List<String> requested = params.stringList("expand");
        if (requested == null) {
            return Expansions.NONE;
        }
        Set<String> paths = new HashSet<>();
        boolean totalCount = false;
        for (String path : requested) {
            if (path.isEmpty()) {
                continue;
            }
            if (list && TOTAL_COUNT.equals(path)) {
                totalCount = true;
            } else if (list && path.startsWith(LIST_PREFIX) && expandable.contains(path.substring(LIST_PREFIX.length()))) {
                paths.add(path.substring(LIST_PREFIX.length()));
            } else if (!list && expandable.contains(path)) {
                paths.add(path);
            } else {
                throw ParamErrors.invalid(null, "This property cannot be expanded (" + ParamErrors.abbreviate(path) + ").");
            }
        }
        return new Expansions(paths, totalCount);
    }
}
