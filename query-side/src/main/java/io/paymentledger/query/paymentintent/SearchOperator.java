package io.paymentledger.query.paymentintent;

/** Search operators; {@code sql} is the fixed SQL comparison each one becomes. */
enum SearchOperator {
    EQUALS(":", "="),
    SUBSTRING("~", "LIKE"),
    NUMERIC_EQUALS("=", "="),
    GREATER(">", ">"),
    LESS("<", "<"),
    GREATER_OR_EQUAL(">=", ">="),
    LESS_OR_EQUAL("<=", "<=");

    private final String symbol;
    private final String sql;

    SearchOperator(String symbol, String sql) {
        this.symbol = symbol;
        this.sql = sql;
    }

    static SearchOperator of(String symbol) {
        for (SearchOperator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    String symbol() {
        return symbol;
    }

    String sql() {
        return sql;
    }
}
