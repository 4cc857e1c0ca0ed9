package io.paymentledger.messages.paymentintent;

import java.util.Map;

/**
 * A change of an intent's metadata: {@code clear} empties it first, then {@code changes} are merged (a key mapped
 * to {@code ""} is deleted). Null {@code changes} and no {@code clear} change nothing.
 */
public record MetadataPatch(Map<String, String> changes, boolean clear) {

    public static MetadataPatch none() {
        return new MetadataPatch(null, false);
    }
}
