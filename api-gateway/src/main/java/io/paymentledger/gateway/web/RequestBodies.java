package io.paymentledger.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Reads a request's parameters itself, whatever it declares: a form body, a JSON body or none on POST (plus the
 * query string, which Stripe merges in), the query string alone on GET. Reading the raw bytes, rather than
 * letting Spring bind them, keeps one parser for both encodings and lets every failure be a Stripe error.
 */
@Component
public class RequestBodies {

    private final GatewayProperties properties;

    RequestBodies(GatewayProperties properties) {
        this.properties = properties;
    }

    public RequestParams read(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return RequestParams.fromQuery(request.getQueryString());
        }
        byte[] body = body(request);
        String contentType = request.getContentType() == null ? ""
                : request.getContentType().toLowerCase(Locale.ROOT).trim();
        if (contentType.isEmpty() || contentType.startsWith("application/x-www-form-urlencoded")) {
            return RequestParams.fromForm(request.getQueryString(), body);
        }
        if (contentType.startsWith("application/json") || contentType.matches("application/[a-z.+-]*\\+json.*")) {
            return RequestParams.fromJson(request.getQueryString(), body);
        }
        throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Invalid request: unsupported Content-Type "
                + abbreviated(request.getContentType()) + ". Use application/x-www-form-urlencoded or "
                + "application/json.", null);
    }

    private byte[] body(HttpServletRequest request) {
        int limit = properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (IOException unreadable) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Invalid request body: it could not be read.",
                    null);
        }
    }

    private static ApiException tooLarge(int limit) {
        return new ApiException(PaymentErrorCode.BODY_TOO_LARGE,
                "Request body too large: the limit is " + limit + " bytes.", null);
    }

    private static String abbreviated(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
