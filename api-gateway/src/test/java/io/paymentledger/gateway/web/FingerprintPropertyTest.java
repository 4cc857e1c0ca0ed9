package io.paymentledger.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random parameter trees: the form encoding (in any pair order, brackets escaped or not) and the JSON encoding
 * parse to the same tree and the same fingerprint, and changing one value changes the fingerprint.
 */
class FingerprintPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("amount", "metadata", "shipping", "name", "line1", "a", "b_c",
            "expand", "k-1", "ü");
    private static final List<String> VALUES = List.of("1000", "usd", "A-1 & co", "x=y", "50%", "ü✓", "a+b", "[x]",
            "true", "-5");

    @Test
    void encodesTheSameTreeToTheSameFingerprintWhateverTheEncoding() throws Exception {
        Random random = new Random(7L);
        for (int i = 0; i < 500; i++) {
            Map<String, Object> tree = randomHash(random, 0);
            RequestParams asForm = RequestParams.fromForm(null, bytes(formOf(tree, random)));
            RequestParams asJson = RequestParams.fromJson(null, JSON.writeValueAsBytes(tree));

            assertThat(asForm.tree()).as("tree %s", tree).isEqualTo(asJson.tree());
            assertThat(asForm.canonical()).isEqualTo(asJson.canonical());
        }
    }

    @Test
    void changesTheFingerprintWhenOneValueChanges() throws Exception {
        Random random = new Random(11L);
        for (int i = 0; i < 500; i++) {
            Map<String, Object> tree = randomHash(random, 0);
            String before = RequestParams.fromJson(null, JSON.writeValueAsBytes(tree)).canonical();
            tree.put("amount", "changed-" + i);

            assertThat(RequestParams.fromJson(null, JSON.writeValueAsBytes(tree)).canonical()).isNotEqualTo(before);
        }
    }

    private static Map<String, Object> randomHash(Random random, int depth) {
        Map<String, Object> hash = new LinkedHashMap<>();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            Object value = randomValue(random, depth + 1);
            // Metadata's keys stay keys even when numeric, so a list there has no form equivalent (and is invalid).
            hash.put(key, key.equals("metadata") && value instanceof List<?> ? "1000" : value);
        }
        return hash;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = depth >= 3 ? 0 : random.nextInt(4);
        if (kind == 1) {
            return randomHash(random, depth);
        }
        if (kind == 2) {
            List<Object> list = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                list.add(VALUES.get(random.nextInt(VALUES.size())));
            }
            return list;
        }
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    /** stripe-java style: indexed arrays; pairs shuffled; brackets sometimes percent-encoded as other clients do. */
    private static String formOf(Map<String, Object> tree, Random random) {
        List<String> pairs = new ArrayList<>();
        tree.forEach((key, value) -> flatten(encode(key), value, pairs, random));
        Collections.shuffle(pairs, random);
        return String.join("&", pairs);
    }

    private static void flatten(String key, Object value, List<String> pairs, Random random) {
        String open = random.nextBoolean() ? "[" : "%5B";
        String close = random.nextBoolean() ? "]" : "%5D";
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key + open + encode((String) k) + close, v, pairs, random));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(key + open + i + close, list.get(i), pairs, random);
            }
        } else {
            pairs.add(key + "=" + encode((String) value));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
