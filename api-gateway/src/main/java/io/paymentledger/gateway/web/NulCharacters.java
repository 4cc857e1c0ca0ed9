package io.paymentledger.gateway.web;

import java.util.List;
import java.util.Map;

import io.paymentledger.gateway.error.ApiException;

/**
 * Refuses the NUL character (U+0000) in any parameter name or value. Stripe's strings never hold one, and
 * PostgreSQL's text types cannot store it: a NUL that got into an event would fail every read model's write of it on
 * PostgreSQL while H2 accepts it, so the two modes would disagree about the same history. Refused here, at the edge,
 * it never reaches a command.
 */
public final class NulCharacters {

    private static final char NUL = '\u0000';

    private NulCharacters() {
    }

    /** Throws a Stripe-style {@code invalid_request_error} naming the first parameter that holds a NUL. */
    static void refuseIn(Map<String, Object> tree) {
        tree.forEach((name, value) -> refuse(shown(name), name, value));
    }

    /** For parameters read outside the tree (the dashboard's forms): {@code value} may be null. */
    public static void refuse(String param, String value) {
        if (value != null && value.indexOf(NUL) >= 0) {
            throw error(param);
        }
    }

    private static void refuse(String path, String name, Object value) {
        if (name.indexOf(NUL) >= 0) {
            throw error(path);
        }
        if (value instanceof String text) {
            refuse(path, text);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> refuse(path + "[" + shown((String) key) + "]", (String) key, child));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                refuse(path + "[" + i + "]", "", list.get(i));
            }
        }
    }

    private static String shown(String name) {
        return name.replace(String.valueOf(NUL), "\\u0000");
    }

    private static ApiException error(String param) {
        return ParamErrors.invalid(param, "Invalid string: " + param
                + " contains the NUL character (\\u0000), which no parameter may hold.");
    }
}
