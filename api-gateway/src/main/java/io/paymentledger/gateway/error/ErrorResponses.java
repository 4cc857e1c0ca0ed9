package io.paymentledger.gateway.error;

import io.paymentledger.gateway.config.GatewayProperties;
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
 * Renders any {@link PaymentError} as Stripe's error envelope with its HTTP status. The content type is set
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
        if (status == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Stripe\"");
        }
        if (status == HttpStatus.CONFLICT || error.code() == PaymentErrorCode.LOCK_TIMEOUT) {
            headers.set("Stripe-Should-Retry", "true");
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(PaymentIntentJson.error(error, intent, RequestContext.requestId(request), properties.links()));
    }
}
