package io.paymentledger.gateway.wire;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;

import static io.paymentledger.messages.error.PaymentErrorCode.INVALID_REQUEST;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETERS_EXCLUSIVE;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_EMPTY;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_INVALID_INTEGER;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_MISSING;
import static io.paymentledger.messages.error.PaymentErrorCode.PARAMETER_UNKNOWN;

/** The wire errors of spec §3.9, worded as Stripe words them; {@code param} is always in bracket form. */
final class WireErrors {

    private WireErrors() {
    }

    static WireException of(PaymentErrorCode code, String message, String param) {
        return new WireException(new PaymentError(code, null, message, param));
    }

    static WireException invalid(String param, String message) {
        return of(INVALID_REQUEST, message, param);
    }

    static WireException malformedBody() {
        return of(INVALID_REQUEST, "Invalid request body", null);
    }

    static WireException missing(String param) {
        return of(PARAMETER_MISSING, "Missing required param: " + param + ".", param);
    }

    static WireException unknown(String param) {
        return of(PARAMETER_UNKNOWN, "Received unknown parameter: " + param, param);
    }

    static WireException empty(String param) {
        return of(PARAMETER_INVALID_EMPTY, "You passed an empty string for '" + param + "'. We assume empty values "
                + "are an attempt to unset a parameter; however '" + param + "' cannot be unset. You should remove '"
                + param + "' from your request or supply a non-empty value.", param);
    }

    /** Card fields are named, not quoted: a client that mixes up its fields may have put the number there. */
    static WireException notInteger(String param, String value) {
        String shown = param.contains("[card]") ? param : abbreviate(value);
        return of(PARAMETER_INVALID_INTEGER, "Invalid integer: " + shown, param);
    }

    static WireException integerBelow(String param, long minimum) {
        return of(PARAMETER_INVALID_INTEGER, "This value must be greater than or equal to " + minimum + ".", param);
    }

    static WireException integerAbove(String param, long maximum) {
        return of(PARAMETER_INVALID_INTEGER, "This value must be less than or equal to " + maximum + ".", param);
    }

    static WireException exclusive(String first, String second) {
        return of(PARAMETERS_EXCLUSIVE, "You cannot specify both the " + first + " and " + second
                + " parameters.", second);
    }

    /** Names the parameter, not its value: the value may be card data (a very long "number"). */
    static WireException tooLong(String param, int maximum) {
        return invalid(param, "Invalid string: " + param + " must be at most " + maximum + " characters");
    }

    /** Keeps echoed values short: a message should point at the value, not repeat a 5000-character string. */
    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
