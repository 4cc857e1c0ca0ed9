package io.paymentledger.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stripe's metadata limits (docs/api.md §3.9): 50 keys, keys of 1–40 characters without brackets, values ≤ 500. */
public final class MetadataParam {

    static final int MAX_KEYS = 50;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_VALUE_LENGTH = 500;

    private MetadataParam() {
    }

    /**
     * The hash under {@code key} with every value a string, or null when absent. {@code ""} values are kept: on
     * update they delete a key, on create the caller drops them. {@code key=} itself is handled by the caller.
     */
    public static Map<String, String> read(ParamReader params, String key) {
        if (!params.has(key) || params.isEmpty(key)) {
            return null;
        }
        ParamReader metadata = params.object(key);
        if (metadata.keys().size() > MAX_KEYS) {
            throw ParamErrors.invalid(params.name(key),
                    "Invalid metadata: metadata can have at most " + MAX_KEYS + " keys.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : metadata.keys()) {
            if (name.isEmpty() || name.length() > MAX_KEY_LENGTH || name.contains("[") || name.contains("]")) {
                throw ParamErrors.invalid(metadata.name(name), "Invalid metadata key: keys must be 1 to "
                        + MAX_KEY_LENGTH + " characters long and may not contain [ or ].");
            }
            if (!(metadata.raw(name) instanceof String)) {
                throw ParamErrors.invalid(metadata.name(name),
                        "Invalid metadata value: metadata values must be strings, not nested objects.");
            }
            String value = (String) metadata.raw(name);
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ParamErrors.invalid(metadata.name(name), "Invalid metadata value: values can be at most "
                        + MAX_VALUE_LENGTH + " characters long.");
            }
            values.put(name, value);
        }
        return values;
    }

    /** Metadata that sets or matches something: a new intent's, a new payment method's, a list filter's. */
    public static Map<String, String> withoutEmptyValues(ParamReader params, String key) {
        Map<String, String> values = read(params, key);
        Map<String, String> kept = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    kept.put(k, v);
                }
            });
        }
        return kept;
    }

    /** An update's metadata: {@code key=} clears it, {@code key[k]=} removes k, other keys are set; at most 50 keys. */
    public static Map<String, String> updated(ParamReader params, String key, Map<String, String> current) {
        if (!params.has(key)) {
            return current;
        }
        if (params.isEmpty(key)) {
            return Map.of();
        }
        Map<String, String> updated = new LinkedHashMap<>(current);
        read(params, key).forEach((k, value) -> {
            if (value.isEmpty()) {
                updated.remove(k);
            } else {
                updated.put(k, value);
            }
        });
        if (updated.size() > MAX_KEYS) {
            throw ParamErrors.invalid(key, "Invalid metadata: metadata can have at most " + MAX_KEYS + " keys.");
        }
        return updated;
    }
}
