package io.paymentledger.gateway.web;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;

import static io.paymentledger.messages.error.PaymentErrorCode.INVALID_REQUEST;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETERS_EXCLUSIVE;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_EMPTY;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_INTEGER;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_MISSING;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_UNKNOWN;

/**
 * The parameter errors of every endpoint, worded as Stripe words them; {@code param} is always in bracket form.
 * Messages name card fields rather than quote them, so no card data reaches a response or a log.
 */
public final class ParamErrors {

    private ParamErrors() {
    }

    public static ApiException of(PaymentErrorCode code, String message, String param) {
        return new ApiException(code, message, param);
    }

    public static ApiException invalid(String param, String message) {
        return of(INVALID_REQUEST, message, param);
    }

    public static ApiException malformedBody() {
        return of(INVALID_REQUEST, "Invalid request body", null);
    }

    public static ApiException missing(String param) {
        return of(PARAMETER_MISSING, "Missing required param: " + param + ".", param);
    }

    public static ApiException unknown(String param) {
        return of(PARAMETER_UNKNOWN, "Received unknown parameter: " + param, param);
    }

    public static ApiException empty(String param) {
        return of(PARAMETER_INVALID_EMPTY, "You passed an empty string for '" + param + "'. We assume empty values "
                + "are an attempt to unset a parameter; however '" + param + "' cannot be unset. You should remove '"
                + param + "' from your request or supply a non-empty value.", param);
    }

    /** Card fields are named, not quoted: a client that mixes up its fields may have put the number there. */
    public static ApiException notInteger(String param, String value) {
        String shown = param.contains("[card]") ? param : abbreviate(value);
        return of(PARAMETER_INVALID_INTEGER, "Invalid integer: " + shown, param);
    }

    public static ApiException integerBelow(String param, long minimum) {
        return of(PARAMETER_INVALID_INTEGER, "This value must be greater than or equal to " + minimum + ".", param);
    }

    public static ApiException integerAbove(String param, long maximum) {
        return of(PARAMETER_INVALID_INTEGER, "This value must be less than or equal to " + maximum + ".", param);
    }

    public static ApiException exclusive(String first, String second) {
        return of(PARAMETERS_EXCLUSIVE, "You cannot specify both the " + first + " and " + second
                + " parameters.", second);
    }

    /** Names the parameter, not its value: the value may be card data (a very long "number"). */
    public static ApiException tooLong(String param, int maximum) {
        return invalid(param, "Invalid string: " + param + " must be at most " + maximum + " characters");
    }

    /** Keeps echoed values short: a message should point at the value, not repeat a 5000-character string. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
