package io.paymentledger.gateway.idempotency;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stores the answer of a request that claimed its idempotency key: the status and the exact bytes written,
 * whatever produced them (the controller, a 402 decline, or the error advice). Buffering the body also lets
 * it add {@code Stripe-Should-Retry: false} to a stored 500, since retrying it would only replay it. An answer
 * marked {@link Idempotency#storeNothing} releases the key instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdempotencyFilter extends OncePerRequestFilter {

    private final Idempotency idempotency;

    IdempotencyFilter(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(Idempotency.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, buffered);
            if (request.getAttribute(Idempotency.CLAIM_ATTRIBUTE) instanceof Idempotency.ClaimedKey claimed
                    && request.getAttribute(Idempotency.STORE_NOTHING_ATTRIBUTE) == null) {
                if (buffered.getStatus() >= 500) {
                    buffered.setHeader("Stripe-Should-Retry", "false");
                }
                idempotency.complete(claimed, new StoredResponse(buffered.getStatus(), buffered.getContentType(),
                        buffered.getContentAsByteArray()));
                stored = true;
            }
        } finally {
            if (!stored && request.getAttribute(Idempotency.CLAIM_ATTRIBUTE) instanceof Idempotency.ClaimedKey claimed) {
                idempotency.release(claimed);
            }
            buffered.copyBodyToResponse();
        }
    }
}
