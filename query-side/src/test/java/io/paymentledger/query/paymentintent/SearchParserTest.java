package io.paymentledger.query.paymentintent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParserTest {

    @Test
    void parsesAClauseOfEachKind() {
        SearchQuery query = SearchParser.parse(
                "status:'succeeded' AND amount>=1000 AND -currency:\"usd\" AND metadata['order_id']:'6735' "
                        + "AND created<1700000000 AND customer:null");

        assertThat(query.anyOf()).isFalse();
        assertThat(query.clauses()).containsExactly(
                new SearchClause(false, SearchField.STATUS, null, SearchOperator.EQUALS, "succeeded", null),
                new SearchClause(false, SearchField.AMOUNT, null, SearchOperator.GREATER_OR_EQUAL, null, 1000L),
                new SearchClause(true, SearchField.CURRENCY, null, SearchOperator.EQUALS, "usd", null),
                new SearchClause(false, SearchField.METADATA, "order_id", SearchOperator.EQUALS, "6735", null),
                new SearchClause(false, SearchField.CREATED, null, SearchOperator.LESS, null, 1700000000L),
                new SearchClause(false, SearchField.CUSTOMER, null, SearchOperator.EQUALS, null, null));
    }

    @Test
    void parsesOrJoinsAndEscapedQuotes() {
        SearchQuery query = SearchParser.parse("customer:'cus_123' OR metadata['name']:'O\\'Brien'");

        assertThat(query.anyOf()).isTrue();
        assertThat(query.clauses().get(1).text()).isEqualTo("O'Brien");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status:'a' AND amount>1 OR amount<5  | position 25: AND and OR cannot be combined",
        "colour:'red'                         | position 1: unknown field 'colour'",
        "status:'succeeded' and amount>5      | position 20: expected AND or OR (uppercase)",
        "amount>'5'                           | position 8: amount needs an unquoted integer",
        "status:succeeded                     | position 8: status needs a quoted string",
        "status:'succeeded                    | position 8: unterminated string",
        "metadata[order]:'1'                  | position 10: expected a quoted key",
        "amount~'100'                         | position 7: operator ~ cannot be used with amount",
        "currency~'us'                        | position 10: ~ needs at least 3 characters",
        "status:                              | position 8: status needs a quoted string value but found the end",
        "status:'x' AND                       | position 15: expected a field name but found the end",
        "status:'x' ; DROP TABLE payment_intent_view | position 12: unexpected character ';'",
    })
    void refusesMalformedQueriesSayingWhere(String query, String message) {
        assertThatThrownBy(() -> SearchParser.parse(query))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesMoreThanTenClauses() {
        String query = String.join(" AND ", java.util.Collections.nCopies(11, "amount>1"));

        assertThatThrownBy(() -> SearchParser.parse(query)).hasMessageContaining("at most 10 clauses");
    }

    @Test
    void refusesAnEmptyQuery() {
        assertThatThrownBy(() -> SearchParser.parse("  ")).hasMessageContaining("empty");
    }
}
