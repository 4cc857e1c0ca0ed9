package io.paymentledger.gateway.error;

import java.util.Optional;

import io.paymentledger.gateway.auth.ApiKeyInterceptor;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.idempotency.IdempotentReplayException;
import io.paymentledger.gateway.idempotency.StoredResponse;
import io.paymentledger.gateway.paymentintent.ReadAfterWrite;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers: payment errors of the gateway (an
 * {@link ApiException}, also from its parameter readers) and of the command and query sides (as details of Axon's
 * execution exceptions) get Stripe's envelope and the status of {@link HttpStatuses}; unknown URLs and methods get
 * a JSON 404; anything else is logged once and answered with {@code api_error}, never with a stack trace.
 */
@RestControllerAdvice
class StripeErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(StripeErrorAdvice.class);

    private final ErrorResponses errors;
    private final ReadAfterWrite intents;

    StripeErrorAdvice(ErrorResponses errors, ReadAfterWrite intents) {
        this.errors = errors;
        this.intents = intents;
    }

    @ExceptionHandler
    ResponseEntity<Object> gateway(ApiException failure, HttpServletRequest request) {
        if (failure.error().code() == PaymentErrorCode.API_ERROR_UNEXPECTED) {
            log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
        }
        return errors.of(failure.error(), null, request);
    }

    /** Refusals of the command and query sides carry a {@link PaymentRejection} (or a bare error) as details. */
    @ExceptionHandler
    ResponseEntity<Object> refused(HandlerExecutionException failure, HttpServletRequest request) {
        Optional<Object> details = failure.getDetails();
        if (details.isPresent() && details.get() instanceof PaymentRejection rejection && rejection.error() != null) {
            return errors.of(rejection.error(), intentOf(rejection, request), request);
        }
        if (details.isPresent() && details.get() instanceof PaymentError error) {
            return errors.of(error, null, request);
        }
        return unexpected(failure, request);
    }

    /** Another node kept winning the race for this intent even after the command gateway's retries. */
    @ExceptionHandler
    ResponseEntity<Object> contended(ConcurrencyException failure, HttpServletRequest request) {
        return errors.of(new PaymentError(PaymentErrorCode.LOCK_TIMEOUT, null,
                "This object cannot be accessed right now because another API request or Stripe process is "
                        + "currently accessing it. Please retry your request.", null), null, request);
    }

    @ExceptionHandler
    ResponseEntity<byte[]> replay(IdempotentReplayException replay) {
        StoredResponse stored = replay.response();
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status())
                .header("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            answer.header("Content-Type", stored.contentType());
        }
        return answer.body(stored.body() == null ? new byte[0] : stored.body());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class})
    ResponseEntity<Object> unrecognizedUrl(Exception failure, HttpServletRequest request) {
        return errors.of(ApiException.unrecognizedUrl(request.getMethod(), request.getRequestURI()).error(), null,
                request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) {
        if (DatabaseOutage.causedBy(failure)) {
            log.warn("{} {} failed: the database is unavailable ({})", request.getMethod(), request.getRequestURI(),
                    failure.toString());
            return errors.of(new PaymentError(PaymentErrorCode.API_ERROR_UNAVAILABLE, null, "The ledger's database "
                    + "is unavailable right now; nothing was recorded. Please retry the request (with the same "
                    + "Idempotency-Key) in a few seconds.", null), null, request);
        }
        log.error("{} {} failed unexpectedly", request.getMethod(), request.getRequestURI(), failure);
        return errors.of(new PaymentError(PaymentErrorCode.API_ERROR_UNEXPECTED, null,
                "An unexpected error occurred. Please retry or contact support with the Request-Id.", null),
                null, request);
    }

    // The error of a refused operation shows the intent as it is, at least as recent as the refusal saw it.
    private PaymentIntentView intentOf(PaymentRejection rejection, HttpServletRequest request) {
        Caller caller = ApiKeyInterceptor.callerOf(request);
        if (caller == null || rejection.paymentIntentId() == null || rejection.version() == null) {
            return null;
        }
        try {
            return intents.atLeast(caller.accountId(), rejection.paymentIntentId(), rejection.version());
        } catch (RuntimeException unavailable) {
            log.warn("Could not read payment intent {} for an error response: {}", rejection.paymentIntentId(),
                    unavailable.getMessage());
            return null;
        }
    }
}
