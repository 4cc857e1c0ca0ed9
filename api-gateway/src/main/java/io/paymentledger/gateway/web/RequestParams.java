package io.paymentledger.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request as a tree: values are {@code String}, {@code Map<String,Object>} (insertion
 * ordered) or {@code List<Object>}. Query string and body are merged the way Rack merges them: the body wins
 * where both name the same key; hashes are merged key by key. No name or value holds a NUL character
 * ({@link NulCharacters}).
 */
public final class RequestParams {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Map<String, Object> tree;
    private final boolean json;

    private RequestParams(Map<String, Object> tree, boolean json) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        tree.forEach((key, value) -> normalized.put(key, ParamTree.normalize(key, value)));
        NulCharacters.refuseIn(normalized);
        this.tree = Collections.unmodifiableMap(normalized);
        this.json = json;
    }

    public static RequestParams fromForm(String rawQueryString, byte[] body) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(queryPairs(rawQueryString));
        if (body != null) {
            pairs.addAll(FormDecoder.pairs(body));
        }
        return new RequestParams(ParamTree.fromPairs(pairs), false);
    }

    public static RequestParams fromJson(String rawQueryString, byte[] body) {
        return new RequestParams(ParamTree.merge(ParamTree.fromPairs(queryPairs(rawQueryString)),
                JsonParamTree.parse(body)), true);
    }

    public static RequestParams fromQuery(String rawQueryString) {
        return new RequestParams(ParamTree.fromPairs(queryPairs(rawQueryString)), false);
    }

    /**
     * Parameters another route translated into a Stripe request (the WooPayments route), read with the tolerances
     * of the encoding the caller used.
     */
    public static RequestParams fromTree(Map<String, Object> tree, boolean json) {
        return new RequestParams(tree, json);
    }

    /** True for JSON bodies: only then do the seed documents' tolerances of docs/api.md §12 apply. */
    public boolean json() {
        return json;
    }

    public Map<String, Object> tree() {
        return tree;
    }

    /**
     * The tree written as JSON with sorted keys and without any {@code cvc} (PCI DSS forbids keeping a CVC in any
     * form, a digest included). A form body and a JSON body that carry the same parameters give the same text,
     * whatever their order or encoding. Only ever digested with a key (idempotency): it may hold a card number.
     */
    public String canonical() {
        try {
            return CANONICAL.writeValueAsString(withoutCvc(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write request parameters canonically", e);
        }
    }

    private static Object withoutCvc(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                if (!"cvc".equals(key)) {
                    copy.put(key, withoutCvc(child));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RequestParams::withoutCvc).toList();
        }
        return value;
    }

    @Override
    public String toString() {
        return "RequestParams[json=" + json + ", keys=" + tree.keySet() + "]";
    }

    private static List<Map.Entry<String, String>> queryPairs(String rawQueryString) {
        return rawQueryString == null ? List.of()
                : FormDecoder.pairs(rawQueryString.getBytes(StandardCharsets.UTF_8));
    }
}
