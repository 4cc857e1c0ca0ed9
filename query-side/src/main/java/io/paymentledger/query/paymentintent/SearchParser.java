package io.paymentledger.query.paymentintent;

import io.paymentledger.query.paymentintent.SearchToken.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Stripe's search syntax (docs/api.md §3.8) into a {@link SearchQuery}:
 * <pre>
 * query  := clause (("AND" | "OR") clause)*        all joins alike, at most 10 clauses
 * clause := ["-"] field operator value
 * field  := "amount" | "created" | "currency" | "customer" | "status" | "metadata" "[" string "]"
 * value  := string | integer | "null"
 * </pre>
 */
final class SearchParser {

    static final int MAX_CLAUSES = 10;
    private static final int MIN_SUBSTRING = 3;

    private final List<SearchToken> tokens;
    private int index;

    private SearchParser(List<SearchToken> tokens) {
        this.tokens = tokens;
    }

    static SearchQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchSyntaxException(1, "the query is empty");
        }
        return new SearchParser(SearchTokenizer.tokenize(query)).query();
    }

    private SearchQuery query() {
        List<SearchClause> clauses = new ArrayList<>();
        clauses.add(clause());
        String join = null;
        while (peek().kind() != Kind.END) {
            SearchToken token = next();
            if (!token.is(Kind.WORD, "AND") && !token.is(Kind.WORD, "OR")) {
                throw new SearchSyntaxException(token.position(),
                        "expected AND or OR (uppercase) but found " + token.describe());
            }
            if (join != null && !join.equals(token.text())) {
                throw new SearchSyntaxException(token.position(), "AND and OR cannot be combined in one query");
            }
            join = token.text();
            clauses.add(clause());
        }
        if (clauses.size() > MAX_CLAUSES) {
            throw new SearchSyntaxException(1, "at most " + MAX_CLAUSES + " clauses are allowed");
        }
        return new SearchQuery(List.copyOf(clauses), "OR".equals(join));
    }

    private SearchClause clause() {
        boolean negated = peek().kind() == Kind.MINUS;
        if (negated) {
            next();
        }
        SearchToken name = expect(Kind.WORD, "a field name");
        SearchField field = SearchField.named(name.text());
        if (field == null) {
            throw new SearchSyntaxException(name.position(), "unknown field '" + name.text()
                    + "'; use amount, created, currency, customer, status or metadata['key']");
        }
        String metadataKey = field == SearchField.METADATA ? metadataKey() : null;
        SearchToken operatorToken = expect(Kind.OPERATOR, "an operator (:, ~, =, >, <, >=, <=)");
        SearchOperator operator = SearchOperator.of(operatorToken.text());
        if (!field.accepts(operator)) {
            throw new SearchSyntaxException(operatorToken.position(),
                    "operator " + operator.symbol() + " cannot be used with " + field.wireName());
        }
        return value(negated, field, metadataKey, operator);
    }

    private String metadataKey() {
        expect(Kind.OPEN_BRACKET, "[ after metadata");
        String key = expect(Kind.STRING, "a quoted key, as in metadata['order_id']").text();
        expect(Kind.CLOSE_BRACKET, "] after the metadata key");
        return key;
    }

    private SearchClause value(boolean negated, SearchField field, String key, SearchOperator operator) {
        SearchToken value = next();
        if (value.is(Kind.WORD, "null") && operator == SearchOperator.EQUALS) {
            return new SearchClause(negated, field, key, operator, null, null);
        }
        if (field.numeric()) {
            if (value.kind() != Kind.NUMBER) {
                throw new SearchSyntaxException(value.position(), field.wireName()
                        + " needs an unquoted integer but found " + value.describe());
            }
            return new SearchClause(negated, field, key, operator, null, number(value));
        }
        if (value.kind() != Kind.STRING) {
            throw new SearchSyntaxException(value.position(), field.wireName()
                    + " needs a quoted string value but found " + value.describe());
        }
        if (operator == SearchOperator.SUBSTRING && value.text().length() < MIN_SUBSTRING) {
            throw new SearchSyntaxException(value.position(), "~ needs at least " + MIN_SUBSTRING + " characters");
        }
        return new SearchClause(negated, field, key, operator, value.text(), null);
    }

    private static long number(SearchToken token) {
        try {
            return Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw new SearchSyntaxException(token.position(), "number too large: " + token.text());
        }
    }

    private SearchToken expect(Kind kind, String what) {
        SearchToken token = next();
        if (token.kind() != kind) {
            throw new SearchSyntaxException(token.position(), "expected " + what + " but found " + token.describe());
        }
        return token;
    }

    private SearchToken peek() {
        return tokens.get(index);
    }

    private SearchToken next() {
        SearchToken token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }
}
