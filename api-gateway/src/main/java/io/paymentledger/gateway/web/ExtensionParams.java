package io.paymentledger.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.wire.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;

/**
 * The few parameters of our own endpoints (test helpers, balances, history), checked with the same errors as
 * the Stripe endpoints: anything not accepted is {@code parameter_unknown}.
 */
public final class ExtensionParams {

    private final Map<String, Object> tree;

    private ExtensionParams(Map<String, Object> tree) {
        this.tree = tree;
    }

    public static ExtensionParams of(RequestParams params, Set<String> accepted) {
        params.tree().keySet().stream().filter(key -> !accepted.contains(key)).findFirst().ifPresent(key -> {
            throw new ApiException(PaymentErrorCode.PARAMETER_UNKNOWN, "Received unknown parameter: " + key, key);
        });
        return new ExtensionParams(params.tree());
    }

    /** A required parameter that must be one of {@code allowed}. */
    public String oneOf(String name, List<String> allowed) {
        Object value = tree.get(name);
        if (value == null || "".equals(value)) {
            throw new ApiException(PaymentErrorCode.PARAMETER_MISSING, "Missing required param: " + name + ".", name);
        }
        if (!(value instanceof String text) || !allowed.contains(text)) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST,
                    "Invalid " + name + ": must be one of " + String.join(" or ", allowed), name);
        }
        return text;
    }
}
