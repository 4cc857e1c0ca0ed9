package io.paymentledger.query.paymentintent;

/** One lexical token of a search query; {@code position} is its 1-based character offset, for error messages. */
record SearchToken(Kind kind, String text, int position) {

    enum Kind { WORD, NUMBER, STRING, OPERATOR, OPEN_BRACKET, CLOSE_BRACKET, MINUS, END }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }

    String describe() {
        return kind == Kind.END ? "the end of the query" : "'" + text + "'";
    }
}
