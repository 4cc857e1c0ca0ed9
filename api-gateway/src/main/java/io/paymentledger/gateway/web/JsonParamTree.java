package io.paymentledger.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON body into the same tree a form body gives (docs/api.md §11.4): numbers and booleans become the strings a
 * form would carry and {@code null} becomes {@code ""} (unset), so both encodings meet one validator and one
 * idempotency fingerprint.
 */
final class JsonParamTree {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonParamTree() {
    }

    static Map<String, Object> parse(byte[] body) {
        if (body == null || isBlank(body)) {
            return new LinkedHashMap<>();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ParamErrors.malformedBody();
        } catch (IOException e) {
            throw ParamErrors.malformedBody();
        }
        if (root == null || !root.isObject()) {
            throw ParamErrors.malformedBody();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) convert(root, 1);
        return tree;
    }

    private static Object convert(JsonNode node, int depth) {
        if (depth > ParamTree.MAX_DEPTH) {
            throw ParamErrors.malformedBody();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), convert(field.getValue(), depth + 1)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(convert(element, depth + 1)));
            return list;
        }
        return node.isNull() ? "" : node.asText();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
