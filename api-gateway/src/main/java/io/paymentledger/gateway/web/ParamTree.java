package io.paymentledger.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the parameter tree from bracketed keys ({@code a[b][c]}, {@code x[0]}, {@code x[]}) the way Rack does:
 * a later value for the same key wins, and {@code x[]} appends. A key that is not well-formed bracket notation
 * is kept whole as a top-level name, so that it is reported as an unknown parameter rather than guessed at.
 */
final class ParamTree {

    /** Deeper keys than any endpoint accepts are refused before they can cost anything. */
    static final int MAX_DEPTH = 8;
    private static final String APPEND = "";

    private ParamTree() {
    }

    static Map<String, Object> fromPairs(List<Map.Entry<String, String>> pairs) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : pairs) {
            put(tree, segments(pair.getKey()), pair.getValue());
        }
        return tree;
    }

    static List<String> segments(String key) {
        int open = key.indexOf('[');
        if (open <= 0) {
            return List.of(key);
        }
        List<String> segments = new ArrayList<>();
        segments.add(key.substring(0, open));
        int i = open;
        while (i < key.length()) {
            int close = key.indexOf(']', i);
            if (key.charAt(i) != '[' || close < 0 || key.substring(i + 1, close).indexOf('[') >= 0) {
                return List.of(key);
            }
            segments.add(key.substring(i + 1, close));
            i = close + 1;
        }
        if (segments.subList(1, segments.size() - 1).contains(APPEND)) {
            return List.of(key);
        }
        if (segments.size() > MAX_DEPTH) {
            throw ParamErrors.malformedBody();
        }
        return segments;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> segments, String value) {
        Map<String, Object> node = tree;
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = segments.get(i);
            boolean appendsNext = i == segments.size() - 2 && APPEND.equals(segments.get(i + 1));
            Object child = node.get(segment);
            if (appendsNext) {
                List<Object> list = child instanceof List<?> existing ? (List<Object>) existing : new ArrayList<>();
                list.add(value);
                node.put(segment, list);
                return;
            }
            if (!(child instanceof Map<?, ?>)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(segments.get(segments.size() - 1), value);
    }

    /** Deep merge; {@code over} wins wherever both hold something other than two hashes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> merged.merge(key, value, (old, neu) ->
                old instanceof Map<?, ?> a && neu instanceof Map<?, ?> b
                        ? merge((Map<String, Object>) a, (Map<String, Object>) b) : neu));
        return merged;
    }

    /**
     * Turns hashes keyed only by indexes ({@code x[0]}, {@code x[1]}) into lists ordered by index. Metadata is
     * the one free-keyed hash of this API, so its keys stay keys even when they look like numbers.
     */
    @SuppressWarnings("unchecked")
    static Object normalize(String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> children = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> children.put(k, normalize(k, v)));
            return !"metadata".equals(name) && isIndexed(children) ? byIndex(children) : children;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> normalize(name, element)).toList();
        }
        return value;
    }

    private static boolean isIndexed(Map<String, Object> map) {
        return !map.isEmpty() && map.keySet().stream().allMatch(k -> k.matches("\\d{1,9}"));
    }

    private static List<Object> byIndex(Map<String, Object> map) {
        Map<Integer, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(Integer.parseInt(k), v));
        return new ArrayList<>(sorted.values());
    }
}
