package io.paymentledger.gateway.error;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.paymentintent.PaymentIntentJson;
import io.paymentledger.gateway.web.RequestContext;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders any {@link PaymentError} as Stripe's error envelope with its HTTP status (on the WooPayments route:
 * WordPress's envelope, {@link WordPressErrors}). The content type is set
 * explicitly so the body is JSON whatever the client's {@code Accept} header says.
 */
@Component
public class ErrorResponses {

    private final GatewayProperties properties;

    ErrorResponses(GatewayProperties properties) {
        this.properties = properties;
    }

    /** {@code intent} is the intent the request concerned (declines, unexpected state), or null. */
    public ResponseEntity<Object> of(PaymentError error, PaymentIntentView intent, HttpServletRequest request) {
        HttpStatus status = HttpStatuses.of(error);
        HttpHeaders headers = new HttpHeaders();
        boolean wordPress = WordPressErrors.applies(request);
        if (status == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, wordPress ? "Basic realm=\"WooCommerce\""
                    : "Basic realm=\"Stripe\"");
        }
        if (status == HttpStatus.CONFLICT || status == HttpStatus.SERVICE_UNAVAILABLE
                || error.code() == PaymentErrorCode.LOCK_TIMEOUT) {
            headers.set("Stripe-Should-Retry", "true");
        }
        if (committedNothing(error)) {
            Idempotency.storeNothing(request);
        }
        if (wordPress) {
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                    .body(WordPressErrors.body(error, status, intent));
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(PaymentIntentJson.error(error, intent, RequestContext.requestId(request), properties.links()));
    }

    /**
     * Stripe saves no idempotent result when the parameters failed validation or the request conflicted with
     * another (nothing began executing), so a corrected retry with the same key runs. The aggregate's own
     * validation refusals, lost races and outages commit nothing either.
     */
    static boolean committedNothing(PaymentError error) {
        return switch (error.code()) {
            case INVALID_REQUEST, PARAMETER_MISSING, PARAMETER_UNKNOWN, PARAMETER_INVALID_INTEGER,
                    PARAMETER_INVALID_EMPTY, PARAMETERS_EXCLUSIVE, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, RATE_LIMIT,
                    PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD,
                    LOCK_TIMEOUT, PERMISSION_DENIED, AUTHENTICATION_FAILED, BODY_TOO_LARGE,
                    API_ERROR_UNAVAILABLE -> true;
            // An unknown object named by a parameter (pm_…) is a validation failure; the intent of the path is not.
            case RESOURCE_MISSING -> error.param() != null && !HttpStatuses.PATH_PARAM.equals(error.param());
            default -> false;
        };
    }
}
