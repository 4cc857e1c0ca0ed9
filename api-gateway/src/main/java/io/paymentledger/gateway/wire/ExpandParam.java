package io.paymentledger.gateway.wire;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code expand[]} (spec §3.0): only {@code payment_method} and {@code latest_charge} can be expanded. */
final class ExpandParam {

    static final Set<String> EXPANDABLE = Set.of("payment_method", "latest_charge");
    private static final String LIST_PREFIX = "data.";
    private static final String TOTAL_COUNT = "total_count";

    private ExpandParam() {
    }

    static Expansions read(ParamReader params, boolean list) {
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
            } else if (list && path.startsWith(LIST_PREFIX) && EXPANDABLE.contains(path.substring(LIST_PREFIX.length()))) {
                paths.add(path.substring(LIST_PREFIX.length()));
            } else if (!list && EXPANDABLE.contains(path)) {
                paths.add(path);
            } else {
                throw WireErrors.invalid(null, "This property cannot be expanded (" + WireErrors.abbreviate(path) + ").");
            }
        }
        return new Expansions(paths, totalCount);
    }
}
