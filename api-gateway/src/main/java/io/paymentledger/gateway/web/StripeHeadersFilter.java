package io.paymentledger.gateway.web;

import java.io.IOException;

import io.paymentledger.gateway.config.GatewayProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the headers every response carries before anything else runs, so that errors raised anywhere later
 * (authentication, unknown URLs, the error page) still have them: {@code Request-Id}, the echoed
 * {@code Stripe-Version} and the echoed {@code Idempotency-Key}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StripeHeadersFilter extends OncePerRequestFilter {

    private final GatewayProperties properties;

    StripeHeadersFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RandomIds.requestId();
        RequestContext.setRequestId(request, requestId);
        response.setHeader("Request-Id", requestId);
        String version = request.getHeader("Stripe-Version");
        response.setHeader("Stripe-Version", version == null || version.isBlank()
                ? properties.defaultStripeVersion() : version);
        String idempotencyKey = request.getHeader("Idempotency-Key");
        if (idempotencyKey != null && !idempotencyKey.isEmpty()) {
            response.setHeader("Idempotency-Key", idempotencyKey);
        }
        chain.doFilter(request, response);
    }
}
