package io.paymentledger.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates the WooPayments route by HTTP Basic {@code consumer_key:consumer_secret} against
 * {@link ConsumerKeys}; the account of the matching pair becomes the request's {@link Caller}, so idempotency, rate
 * limits and the audit metadata work as on {@code /v1}. API keys are not accepted here, nor consumer keys on
 * {@code /v1}. A failure is a 401 in WordPress's envelope ({@code rest_forbidden}).
 */
@Component
public class ConsumerKeyInterceptor implements HandlerInterceptor {

    private static final String REFUSED = "Sorry, you are not allowed to do that. Send the WooCommerce REST API "
            + "consumer key and secret as HTTP Basic credentials (consumer_key:consumer_secret).";

    private final ConsumerKeys consumerKeys;

    ConsumerKeyInterceptor(ConsumerKeys consumerKeys) {
        this.consumerKeys = consumerKeys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        Caller caller = credentials == null ? null
                : consumerKeys.authenticate(credentials[0], credentials[1]).orElse(null);
        if (caller == null) {
            throw new ApiException(PaymentErrorCode.AUTHENTICATION_FAILED, REFUSED, null);
        }
        request.setAttribute(ApiKeyInterceptor.CALLER_ATTRIBUTE, caller);
        return true;
    }

    /** The user and password of a Basic header, or null when there is none or it is malformed. */
    static String[] basicCredentials(String authorization) {
        if (authorization == null) {
            return null;
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 || colon == decoded.length() - 1 ? null
                : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
