package io.paymentledger.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request as a tree: values are {@code String}, {@code Map<String,Object>} (insertion
 * ordered) or {@code List<Object>}. Query string and body are merged the way Rack merges them: the body wins
 * where both name the same key; hashes are merged key by key.
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

    /** True for JSON bodies: only then do the seed documents' tolerances of docs/api.md §12 apply. */
    public boolean json() {
        return json;
    }

    public Map<String, Object> tree() {
        return tree;
    }

    /**
     * SHA-256 (hex) of the tree written as JSON with sorted keys. A form body and a JSON body that carry the
     * same parameters get the same fingerprint, whatever their order or encoding.
     */
    public String fingerprint() {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(tree);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint request parameters", e);
        }
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
