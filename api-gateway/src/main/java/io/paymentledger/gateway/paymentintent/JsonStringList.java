package io.paymentledger.gateway.paymentintent;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.web.ParamErrors;

/**
 * WooshPay sends {@code payment_method_types} as a string holding a JSON array ({@code "[\"wechat_pay\",\"card\"]"},
 * docs/api.md §18.2); this reads it into the list Stripe's shape gives. Anything but an array of strings is refused.
 */
final class JsonStringList {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ELEMENTS = 20;

    private JsonStringList() {
    }

    static List<String> parse(String text, String param) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw invalid(param);
        }
        if (node == null || !node.isArray() || node.size() > MAX_ELEMENTS) {
            throw invalid(param);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw invalid(param);
            }
            strings.add(element.asText());
        }
        return strings;
    }

    private static RuntimeException invalid(String param) {
        return ParamErrors.invalid(param, "Invalid array: " + param + " must be an array of strings, or a string "
                + "holding a JSON array of strings");
    }
}
