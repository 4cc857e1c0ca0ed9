package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Strings with a format of their own: currency, e-mail, statement descriptors and return URLs. */
final class TextParams {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_STRING = 5000;
    static final int MAX_DESCRIPTOR = 22;
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern FORBIDDEN_IN_DESCRIPTOR = Pattern.compile(".*[<>\\\\\"'].*");
    /** Schemes a browser would run or read locally instead of navigating to the merchant. */
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "about", "blob");

    private TextParams() {
    }

    /** Three letters in any case, returned lowercase; whether the ledger supports it is the aggregate's call. */
    static String currency(ParamReader params, String key, boolean required) {
        String text = required ? params.requiredString(key, MAX_STRING) : params.string(key, MAX_STRING);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            throw ParamErrors.empty(params.name(key));
        }
        if (!CURRENCY.matcher(text).matches()) {
            throw ParamErrors.invalid(params.name(key), "Invalid currency: " + ParamErrors.abbreviate(text) + ".");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    static void requireEmail(String param, String email) {
        if (!EMAIL.matcher(email).matches()) {
            throw ParamErrors.invalid(param, "Invalid email address: " + ParamErrors.abbreviate(email));
        }
    }

    /**
     * Checks the descriptor's characters, then refuses it: card payments take only the suffix in current API
     * versions (docs/api.md §3.1), and cards are the only payment method type there is.
     */
    static String statementDescriptor(ParamReader params, String key) {
        String text = descriptor(params, key);
        if (text != null) {
            throw ParamErrors.invalid(params.name(key), "The statement_descriptor parameter is not supported for the "
                    + "card payment method type. Use statement_descriptor_suffix instead.");
        }
        return null;
    }

    static String descriptor(ParamReader params, String key) {
        String text = params.optionalString(key, MAX_STRING);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTOR) {
            throw ParamErrors.tooLong(params.name(key), MAX_DESCRIPTOR);
        }
        if (!HAS_LETTER.matcher(text).matches() || FORBIDDEN_IN_DESCRIPTOR.matcher(text).matches()) {
            throw ParamErrors.invalid(params.name(key), "Invalid " + params.name(key)
                    + ": it must contain at least one letter and none of < > \\ \" '");
        }
        return text;
    }

    /** An absolute http(s) URL with a host, or an app's own scheme ({@code myapp://done}). */
    static String returnUrl(ParamReader params, String key) {
        String text = params.string(key, MAX_STRING);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            throw ParamErrors.empty(params.name(key));
        }
        if (!isAcceptableReturnUrl(text)) {
            throw ParamErrors.invalid(params.name(key), "Invalid URL: " + params.name(key)
                    + " must be an absolute http(s) URL or use an app scheme.");
        }
        return text;
    }

    private static boolean isAcceptableReturnUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || UNSAFE_SCHEMES.contains(scheme)) {
                return false;
            }
            if (scheme.equals("http") || scheme.equals("https")) {
                return uri.getHost() != null;
            }
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
