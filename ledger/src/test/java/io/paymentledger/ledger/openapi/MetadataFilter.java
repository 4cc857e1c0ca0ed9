package io.paymentledger.ledger.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.StringJoiner;

/**
 * The generated client's type for the list filter {@code metadata[key]=value} (schema {@code MetadataFilter}):
 * the native library renders deepObject query parameters with {@code toUrlQueryString}, which only its
 * generated models have, so this map supplies it.
 */
public class MetadataFilter extends LinkedHashMap<String, String> {

    public String toUrlQueryString(String prefix) {
        StringJoiner query = new StringJoiner("&");
        forEach((key, value) -> query.add(encode(prefix + "[" + key + "]") + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
