package io.paymentledger.gateway.ratelimit;

import io.paymentledger.gateway.auth.ApiKeyInterceptor;
import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** After authentication: a request beyond its key's read (GET) or write budget answers 429 {@code rate_limit}. */
@Component
public class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = ApiKeyInterceptor.callerOf(request);
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (caller != null && !limiter.tryAcquire(caller, write)) {
            throw new ApiException(PaymentErrorCode.RATE_LIMIT, "Too many requests hit the API too quickly. We "
                    + "recommend an exponential backoff of your requests.", null);
        }
        return true;
    }
}
