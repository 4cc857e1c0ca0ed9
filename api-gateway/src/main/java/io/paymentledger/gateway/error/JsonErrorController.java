package io.paymentledger.gateway.error;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel error page: failures that happen outside Spring MVC (in a filter, or
 * rejected by the servlet container) still answer with Stripe's JSON envelope, never HTML.
 */
@Hidden
@RestController
class JsonErrorController implements ErrorController {

    private final ErrorResponses errors;

    JsonErrorController(ErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : 500;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path ? path
                : request.getRequestURI();
        PaymentError error = switch (code) {
            case 404, 405 -> ApiException.unrecognizedUrl(request.getMethod(), uri).error();
            case 413 -> new PaymentError(PaymentErrorCode.BODY_TOO_LARGE, null, "Request body too large.", null);
            default -> code >= 400 && code < 500
                    ? new PaymentError(PaymentErrorCode.INVALID_REQUEST, null, "Invalid request.", null)
                    : new PaymentError(PaymentErrorCode.API_ERROR_UNEXPECTED, null,
                            "An unexpected error occurred. Please retry or contact support with the Request-Id.",
                            null);
        };
        return errors.of(error, null, request);
    }
}
