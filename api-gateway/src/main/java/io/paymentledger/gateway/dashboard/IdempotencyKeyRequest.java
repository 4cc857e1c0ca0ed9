package io.paymentledger.gateway.dashboard;

import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A dashboard form's request as the command's audit metadata reads it: with the form's idempotency key. */
class IdempotencyKeyRequest extends HttpServletRequestWrapper {

    private static final String HEADER = "Idempotency-Key";

    private final String key;

    IdempotencyKeyRequest(HttpServletRequest request, String key) {
        super(request);
        this.key = key;
    }

    @Override
    public String getHeader(String name) {
        return HEADER.equalsIgnoreCase(name) ? key : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(key))
                : super.getHeaders(name);
    }
}
