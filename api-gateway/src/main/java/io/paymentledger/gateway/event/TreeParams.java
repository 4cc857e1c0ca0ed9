package io.paymentledger.gateway.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * Reads the parameter tree of {@code RequestParams} for the events and webhook endpoints: strings, lists given as
 * {@code x[]=} or {@code x[0]=}, and integers, each failure a Stripe invalid_request_error naming the parameter.
 */
public final class TreeParams {

    private final Map<String, Object> tree;

    public TreeParams(Map<String, Object> tree, Set<String> allowed) {
        this.tree = tree;
        for (String key : tree.keySet()) {
            if (!allowed.contains(key)) {
                throw new ApiException(PaymentErrorCode.PARAMETER_UNKNOWN, "Received unknown parameter: " + key, key);
            }
        }
    }

    public boolean has(String key) {
        return tree.containsKey(key);
    }

    public String string(String key) {
        Object value = tree.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid(key, "Invalid string: " + key);
        }
        return text.isEmpty() ? null : text;
    }

    public List<String> strings(String key) {
        Object value = tree.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        if (value instanceof Map<?, ?> map && map.values().stream().allMatch(String.class::isInstance)) {
            return map.values().stream().map(String.class::cast).toList();
        }
        throw invalid(key, "Invalid array: " + key);
    }

    public Map<String, Object> map(String key) {
        Object value = tree.get(key);
        if (value == null || value instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return map;
        }
        return null;
    }

    public Long integer(String key) {
        return integer(key, tree.get(key));
    }

    public static Long integer(String key, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw new ApiException(PaymentErrorCode.PARAMETER_INVALID_INTEGER, "Invalid integer: " + value, key);
        }
    }

    public static ApiException invalid(String key, String message) {
        return new ApiException(PaymentErrorCode.INVALID_REQUEST, message, key);
    }
}
