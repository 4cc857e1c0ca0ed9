package io.paymentledger.query.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards /admin/**: 403 while no admin key is configured, 401 unless the request carries
 * {@code Authorization: Bearer <ledger.admin.key>}. Keys are compared in constant time.
 */
class AdminKeyInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final AdminProperties properties;

    AdminKeyInterceptor(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!properties.enabled()) {
            return refuse(response, HttpServletResponse.SC_FORBIDDEN, "The admin API is disabled: set LEDGER_ADMIN_KEY.");
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER) || !MessageDigest.isEqual(
                header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8),
                properties.key().getBytes(StandardCharsets.UTF_8))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid admin key.");
        }
        String key = properties.key();
        request.setAttribute(AuditInterceptor.KEY_ID_ATTRIBUTE, key.length() <= 4 ? key : key.substring(key.length() - 4));
        return true;
    }

    private static boolean refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"" + message + "\"}}");
        return false;
    }
}
