package io.paymentledger.gateway.auth;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The WooCommerce REST API key pairs of {@code LEDGER_CONSUMER_KEYS} ({@code consumer_key:consumer_secret=account,...})
 * that may call the WooPayments route (docs/api.md §18.1). Like {@link ApiKeys}, both halves are kept only as their
 * SHA-256 and every configured pair is compared in constant time; only a key's last four characters are shown.
 */
public final class ConsumerKeys {

    private record Pair(byte[] key, byte[] secret, String account, String lastFour) {
    }

    private final List<Pair> pairs;

    private ConsumerKeys(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** Parses the setting; a malformed entry fails start-up without echoing the secret. */
    public static ConsumerKeys parse(String configured) {
        List<Pair> pairs = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int equals = entry.lastIndexOf('=');
                int colon = entry.indexOf(':');
                if (colon <= 0 || equals <= colon + 1 || equals == entry.length() - 1) {
                    throw new IllegalStateException("LEDGER_CONSUMER_KEYS must be comma-separated "
                            + "consumer_key:consumer_secret=account entries; an entry ending in "
                            + ApiKeys.lastFour(entry.trim()) + " is not");
                }
                String key = entry.substring(0, colon).trim();
                pairs.add(new Pair(ApiKeys.sha256(key), ApiKeys.sha256(entry.substring(colon + 1, equals).trim()),
                        entry.substring(equals + 1).trim(), ApiKeys.lastFour(key)));
            }
        }
        return new ConsumerKeys(pairs);
    }

    /** The caller of a matching pair: both the key and the secret must match the same configured entry. */
    public Optional<Caller> authenticate(String consumerKey, String consumerSecret) {
        byte[] key = ApiKeys.sha256(consumerKey);
        byte[] secret = ApiKeys.sha256(consumerSecret);
        Pair found = null;
        for (Pair candidate : pairs) {
            // Both comparisons always run, so the time taken does not tell which half matched.
            boolean keyMatches = MessageDigest.isEqual(candidate.key(), key);
            boolean secretMatches = MessageDigest.isEqual(candidate.secret(), secret);
            if (keyMatches & secretMatches) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found).map(pair -> new Caller(pair.account(), pair.lastFour(),
                "ck_…" + pair.lastFour(), KeyKind.SECRET, null));
    }
}
