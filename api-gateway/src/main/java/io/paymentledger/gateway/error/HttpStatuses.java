package io.paymentledger.gateway.error;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE;
import static org.springframework.http.HttpStatus.PAYMENT_REQUIRED;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;

import io.paymentledger.messages.error.PaymentError;
import org.springframework.http.HttpStatus;

/** The HTTP status of each error (docs/api.md §6.2); the switch is exhaustive so a new code will not compile without one. */
public final class HttpStatuses {

    /** The {@code param} of a missing intent named in the URL path, as opposed to one named in a parameter. */
    public static final String PATH_PARAM = "intent";
    /** The {@code param} of an account named in the URL path that is not the caller's (docs/api.md §19). */
    public static final String ACCOUNT_PATH_PARAM = "account";
    private static final java.util.Set<String> NOT_FOUND_PARAMS = java.util.Set.of(PATH_PARAM, "id", "charge",
            "payment_intent", ACCOUNT_PATH_PARAM);

    private HttpStatuses() {
    }

    public static HttpStatus of(PaymentError error) {
        return switch (error.code()) {
            case INVALID_REQUEST, PARAMETER_MISSING, PARAMETER_UNKNOWN, PARAMETER_INVALID_INTEGER,
                    PARAMETER_INVALID_EMPTY, PARAMETERS_EXCLUSIVE, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE,
                    PAYMENT_INTENT_UNEXPECTED_STATE, PAYMENT_INTENT_AUTHENTICATION_FAILURE,
                    PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD,
                    CHARGE_ALREADY_REFUNDED, IDEMPOTENCY_KEY_MISMATCH -> BAD_REQUEST;
            // The object named in the path, or the charge or intent a refund names, is missing: 404; another id given
            // in a parameter (a cursor, a payment method) is a bad request.
            case RESOURCE_MISSING -> error.param() == null || NOT_FOUND_PARAMS.contains(error.param())
                    ? NOT_FOUND : BAD_REQUEST;
            case UNRECOGNIZED_URL -> NOT_FOUND;
            case AUTHENTICATION_FAILED -> UNAUTHORIZED;
            case PERMISSION_DENIED -> FORBIDDEN;
            case IDEMPOTENCY_KEY_IN_USE -> CONFLICT;
            case BODY_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case RATE_LIMIT, LOCK_TIMEOUT -> TOO_MANY_REQUESTS;
            case CARD_DECLINED, EXPIRED_CARD, INCORRECT_CVC, INCORRECT_NUMBER, INVALID_EXPIRY_MONTH,
                    INVALID_EXPIRY_YEAR, INVALID_CVC, INVALID_NUMBER, PROCESSING_ERROR,
                    AUTHENTICATION_REQUIRED, TERMINAL_READER_TIMEOUT -> PAYMENT_REQUIRED;
            case API_ERROR_UNEXPECTED -> INTERNAL_SERVER_ERROR;
            case API_ERROR_UNAVAILABLE -> SERVICE_UNAVAILABLE;
        };
    }
}
