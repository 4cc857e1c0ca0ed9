package io.paymentledger.query.paymentintent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link SearchQuery} into one SQL predicate over payment_intent_view {@code v}. The SQL text comes only
 * from this class and the operator enum; every value from the query is a bound parameter.
 */
final class SearchSql {

    private static final String METADATA_MATCH = "EXISTS (SELECT 1 FROM payment_intent_metadata m "
            + "WHERE m.payment_intent_id = v.id AND m.meta_key = ";

    private SearchSql() {
    }

    static String predicate(SearchQuery query, SqlWhere where) {
        List<String> predicates = new ArrayList<>();
        for (SearchClause clause : query.clauses()) {
            String predicate = "(" + clause(clause, where) + ")";
            // COALESCE: a negated test on an absent value (e.g. -customer:'x' with no customer) must match.
            predicates.add(clause.negated() ? "NOT COALESCE(" + predicate + ", FALSE)" : predicate);
        }
        return String.join(query.anyOf() ? " OR " : " AND ", predicates);
    }

    private static String clause(SearchClause clause, SqlWhere where) {
        return switch (clause.field()) {
            case AMOUNT -> number("v.amount", clause, where);
            case CREATED -> number("v.created", clause, where);
            case CURRENCY -> text("v.currency", clause, where);
            case CUSTOMER -> token("v.customer", clause, where);
            case STATUS -> token("v.status", clause, where);
            case METADATA -> metadata(clause, where);
        };
    }

    private static String number(String column, SearchClause clause, SqlWhere where) {
        if (clause.testsAbsence()) {
            return column + " IS NULL";
        }
        return column + " " + clause.operator().sql() + " " + where.bind(clause.number());
    }

    private static String token(String column, SearchClause clause, SqlWhere where) {
        return clause.testsAbsence() ? column + " IS NULL" : column + " = " + where.bind(clause.text());
    }

    private static String text(String column, SearchClause clause, SqlWhere where) {
        return clause.testsAbsence() ? column + " IS NULL" : matches(column, clause, where);
    }

    private static String metadata(SearchClause clause, SqlWhere where) {
        String key = where.bind(clause.metadataKey());
        if (clause.testsAbsence()) {
            return "NOT " + METADATA_MATCH + key + ")";
        }
        return METADATA_MATCH + key + " AND " + matches("m.meta_value", clause, where) + ")";
    }

    /** Strings match case-insensitively; {@code ~} is a substring match with LIKE wildcards in the value escaped. */
    private static String matches(String column, SearchClause clause, SqlWhere where) {
        String value = clause.text().toLowerCase(Locale.ROOT);
        if (clause.operator() == SearchOperator.SUBSTRING) {
            String pattern = "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            return "LOWER(" + column + ") LIKE " + where.bind(pattern) + " ESCAPE '!'";
        }
        return "LOWER(" + column + ") = " + where.bind(value);
    }
}
