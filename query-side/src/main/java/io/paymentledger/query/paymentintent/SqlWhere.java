package io.paymentledger.query.paymentintent;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments and bound values: {@link #bind} returns a fresh parameter
 * placeholder, so a caller's value never becomes SQL text.
 */
final class SqlWhere {

    private final List<String> predicates = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    String bind(Object value) {
        String name = "p" + parameters.getValues().size();
        parameters.addValue(name, value);
        return ":" + name;
    }

    SqlWhere and(String predicate) {
        predicates.add("(" + predicate + ")");
        return this;
    }

    String sql() {
        return predicates.isEmpty() ? "TRUE" : String.join(" AND ", predicates);
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }
}
