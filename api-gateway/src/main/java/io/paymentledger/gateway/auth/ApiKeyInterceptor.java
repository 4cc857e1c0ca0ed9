package io.paymentledger.gateway.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * Authenticates every {@code /v1} request by its key: {@code Authorization: Bearer <key>}, or Basic with
 * the key as user name (the password is ignored). The caller's account is put on the request for
 * {@link CallerArgumentResolver}; a missing or unknown key ends the request with a 401 (docs/api.md §10), and
 * {@link KeyAccess} refuses what the key's kind may not do.
 */
@Component
public class ApiKeyInterceptor implements HandlerInterceptor {

    static final String CALLER_ATTRIBUTE = ApiKeyInterceptor.class.getName() + ".caller";
    private static final String MISSING_KEY = "You did not provide an API key. You need to provide your API key in "
            + "the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";

    private final ApiKeys apiKeys;

    ApiKeyInterceptor(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String key = presentedKey(request.getHeader("Authorization"));
        if (key == null || key.isEmpty()) {
            throw new ApiException(PaymentErrorCode.AUTHENTICATION_FAILED, MISSING_KEY, null);
        }
        Caller caller = apiKeys.authenticate(key)
                .filter(found -> !ApiKeys.isDevelopmentKey(found) || fromLoopback(request))
                .orElseThrow(() -> new ApiException(PaymentErrorCode.AUTHENTICATION_FAILED,
                        "Invalid API Key provided: " + masked(key), null));
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        KeyAccess.check(caller, request.getMethod(), request.getRequestURI(), request.getHeader("Stripe-Account"));
        return true;
    }

    /** The authenticated caller of a request, or null before authentication (or when it failed). */
    public static Caller callerOf(HttpServletRequest request) {
        return request.getAttribute(CALLER_ATTRIBUTE) instanceof Caller caller ? caller : null;
    }

    // The development key is public knowledge: it opens the ledger to this machine only.
    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static String presentedKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0) {
            // A scheme without credentials ("Bearer") presents no key at all.
            boolean schemeOnly = header.equalsIgnoreCase("bearer") || header.equalsIgnoreCase("basic");
            return schemeOnly ? null : header;
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = header.substring(space + 1).trim();
        return switch (scheme) {
            case "bearer" -> credentials;
            case "basic" -> basicUser(credentials);
            default -> header;
        };
    }

    private static String basicUser(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return credentials;
        }
    }

    // Stripe's message shows the key's shape but only its last four characters.
    private static String masked(String key) {
        int prefixEnd = key.matches("^[spr]k_(test|live)_.*") ? 8 : 0;
        int hidden = Math.max(0, key.length() - prefixEnd - 4);
        return key.substring(0, prefixEnd) + "*".repeat(Math.min(hidden, 24)) + ApiKeys.lastFour(key);
    }
}
