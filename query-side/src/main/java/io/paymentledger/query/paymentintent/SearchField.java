package io.paymentledger.query.paymentintent;

import java.util.Set;

import static io.paymentledger.query.paymentintent.SearchOperator.EQUALS;
import static io.paymentledger.query.paymentintent.SearchOperator.GREATER;
import static io.paymentledger.query.paymentintent.SearchOperator.GREATER_OR_EQUAL;
import static io.paymentledger.query.paymentintent.SearchOperator.LESS;
import static io.paymentledger.query.paymentintent.SearchOperator.LESS_OR_EQUAL;
import static io.paymentledger.query.paymentintent.SearchOperator.NUMERIC_EQUALS;
import static io.paymentledger.query.paymentintent.SearchOperator.SUBSTRING;

/** The searchable fields (docs/api.md §3.8), the operators each accepts and whether its values are numbers. */
enum SearchField {
    AMOUNT("amount", true, Set.of(EQUALS, NUMERIC_EQUALS, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL)),
    CREATED("created", true, Set.of(EQUALS, NUMERIC_EQUALS, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL)),
    CURRENCY("currency", false, Set.of(EQUALS, SUBSTRING)),
    CUSTOMER("customer", false, Set.of(EQUALS)),
    STATUS("status", false, Set.of(EQUALS)),
    METADATA("metadata", false, Set.of(EQUALS, SUBSTRING));

    private final String wireName;
    private final boolean numeric;
    private final Set<SearchOperator> operators;

    SearchField(String wireName, boolean numeric, Set<SearchOperator> operators) {
        this.wireName = wireName;
        this.numeric = numeric;
        this.operators = operators;
    }

    static SearchField named(String name) {
        for (SearchField field : values()) {
            if (field.wireName.equals(name)) {
                return field;
            }
        }
        return null;
    }

    String wireName() {
        return wireName;
    }

    boolean numeric() {
        return numeric;
    }

    boolean accepts(SearchOperator operator) {
        return operators.contains(operator);
    }
}
