package io.paymentledger.query.paymentintent;

import io.paymentledger.query.paymentintent.SearchToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Splits a search query into tokens: words, integers, quoted strings, operators, brackets and the minus sign. */
final class SearchTokenizer {

    private final String input;
    private int index;

    private SearchTokenizer(String input) {
        this.input = input;
    }

    static List<SearchToken> tokenize(String input) {
        return new SearchTokenizer(input).tokens();
    }

    private List<SearchToken> tokens() {
        List<SearchToken> tokens = new ArrayList<>();
        while (true) {
            while (index < input.length() && Character.isWhitespace(input.charAt(index))) {
                index++;
            }
            if (index >= input.length()) {
                tokens.add(new SearchToken(Kind.END, "", index + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private SearchToken next() {
        int start = index;
        char c = input.charAt(index);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (Character.isDigit(c)) {
            return run(Kind.NUMBER, start, Character::isDigit);
        }
        if (Character.isLetter(c) || c == '_') {
            return run(Kind.WORD, start, ch -> Character.isLetterOrDigit(ch) || ch == '_');
        }
        if (c == '>' || c == '<') {
            index += index + 1 < input.length() && input.charAt(index + 1) == '=' ? 2 : 1;
            return new SearchToken(Kind.OPERATOR, input.substring(start, index), start + 1);
        }
        index++;
        return switch (c) {
            case ':', '~', '=' -> new SearchToken(Kind.OPERATOR, String.valueOf(c), start + 1);
            case '[' -> new SearchToken(Kind.OPEN_BRACKET, "[", start + 1);
            case ']' -> new SearchToken(Kind.CLOSE_BRACKET, "]", start + 1);
            case '-' -> new SearchToken(Kind.MINUS, "-", start + 1);
            default -> throw new SearchSyntaxException(start + 1, "unexpected character '" + c + "'");
        };
    }

    private SearchToken run(Kind kind, int start, IntPredicate part) {
        while (index < input.length() && part.test(input.charAt(index))) {
            index++;
        }
        return new SearchToken(kind, input.substring(start, index), start + 1);
    }

    /** A quoted string; a backslash escapes the next character, so {@code 'O\'Brien'} is one value. */
    private SearchToken string(char quote) {
        int start = index++;
        StringBuilder value = new StringBuilder();
        while (index < input.length()) {
            char c = input.charAt(index++);
            if (c == quote) {
                return new SearchToken(Kind.STRING, value.toString(), start + 1);
            }
            if (c == '\\' && index < input.length()) {
                c = input.charAt(index++);
            }
            value.append(c);
        }
        throw new SearchSyntaxException(start + 1, "unterminated string, add the closing " + quote);
    }
}
