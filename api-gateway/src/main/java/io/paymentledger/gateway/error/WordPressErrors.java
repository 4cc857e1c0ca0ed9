package io.paymentledger.gateway.error;

import java.util.LinkedHashMap;
import java.util.Map;

import io.paymentledger.messages.error.ErrorType;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * The WordPress REST error envelope, {@code {"code":…,"message":…,"data":{"status":…}}}, which the WooPayments
 * route answers instead of Stripe's (docs/api.md §18.1). The HTTP status is the same as on the Stripe paths; the
 * code is WordPress's for authentication, routing and parameters, {@code wcpay_server_error} for server errors and
 * {@code wcpay_} plus Stripe's code otherwise. {@code data} also names the parameter, decline code and intent.
 */
final class WordPressErrors {

    static final String PREFIX = "/wp-json/";

    private WordPressErrors() {
    }

    /** Whether the request (or, on the error page, the request that failed) is on a WordPress route. */
    static boolean applies(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        return path != null && path.startsWith(PREFIX);
    }

    static Map<String, Object> body(PaymentError error, HttpStatus status, PaymentIntentView intent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status.value());
        if (error.param() != null) {
            data.put("param", error.param());
        }
        if (error.declineCode() != null) {
            data.put("decline_code", error.declineCode());
        }
        if (intent != null) {
            data.put("payment_intent", intent.id());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(error, status));
        body.put("message", error.message());
        body.put("data", data);
        return body;
    }

    static String code(PaymentError error, HttpStatus status) {
        if (status.is5xxServerError() || error.code().type() == ErrorType.API_ERROR) {
            return "wcpay_server_error";
        }
        PaymentErrorCode code = error.code();
        return switch (code) {
            case AUTHENTICATION_FAILED, PERMISSION_DENIED -> "rest_forbidden";
            case UNRECOGNIZED_URL -> "rest_no_route";
            case PARAMETER_MISSING -> "rest_missing_callback_param";
            case INVALID_REQUEST, PARAMETER_UNKNOWN, PARAMETER_INVALID_INTEGER, PARAMETER_INVALID_EMPTY,
                    PARAMETERS_EXCLUSIVE -> "rest_invalid_param";
            case BODY_TOO_LARGE -> "rest_invalid_json";
            default -> code.wireName() != null ? "wcpay_" + code.wireName() : "wcpay_" + code.type().wireName();
        };
    }
}
