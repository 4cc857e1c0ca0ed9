package io.paymentledger.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured keys and the account each belongs to. A key is kept only as its SHA-256 and a presented key is
 * hashed and compared with every stored hash in constant time; only a key's prefix and last four characters
 * leave this class. An account may have several keys, so a key is rotated by adding the new one, moving
 * clients over, then removing the old one.
 */
public final class ApiKeys {

    static final String DEVELOPMENT_KEY = "sk_test_default";
    static final String DEVELOPMENT_ACCOUNT = "acct_default";
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final List<ApiKey> keys;
    private final boolean developmentKeyOnly;

    private ApiKeys(List<ApiKey> keys, boolean developmentKeyOnly) {
        this.keys = List.copyOf(keys);
        this.developmentKeyOnly = developmentKeyOnly;
    }

    /** True when no key is configured and the development key is accepted instead: a developer's machine. */
    public boolean developmentKeyOnly() {
        return developmentKeyOnly;
    }

    public static ApiKeys parse(String configured, boolean allowDevelopmentKey) {
        return parse(configured, null, allowDevelopmentKey);
    }

    /**
     * Parses {@code key=account,...} (secret {@code sk_} and publishable {@code pk_} keys) and
     * {@code rk_key=account:resource=read+resource=write,...} (restricted keys). Without any key the development
     * key is accepted only when allowed, with a warning; otherwise the application must not start.
     */
    public static ApiKeys parse(String configured, String restricted, boolean allowDevelopmentKey) {
        List<ApiKey> keys = new ArrayList<>();
        for (String[] pair : pairs(configured, "LEDGER_API_KEYS")) {
            if (KeyKind.of(pair[0]) == KeyKind.RESTRICTED) {
                throw new IllegalStateException("LEDGER_API_KEYS: restricted key " + label(pair[0])
                        + " belongs in LEDGER_RESTRICTED_KEYS with its permissions");
            }
            keys.add(key(pair[0], pair[1], null));
        }
        for (String[] pair : pairs(restricted, "LEDGER_RESTRICTED_KEYS")) {
            int colon = pair[1].indexOf(':');
            if (KeyKind.of(pair[0]) != KeyKind.RESTRICTED || colon <= 0) {
                throw new IllegalStateException("LEDGER_RESTRICTED_KEYS must be rk_…=account:permissions entries; "
                        + "the entry of " + label(pair[0]) + " is not");
            }
            keys.add(key(pair[0], pair[1].substring(0, colon).trim(),
                    Permissions.parse(pair[1].substring(colon + 1), label(pair[0]))));
        }
        boolean developmentKeyOnly = keys.isEmpty();
        if (developmentKeyOnly) {
            if (!allowDevelopmentKey) {
                throw new IllegalStateException("No API keys configured: set LEDGER_API_KEYS "
                        + "(ledger.gateway.api-keys) to comma-separated key=account pairs");
            }
            log.warn("LEDGER_API_KEYS is not set: accepting the development key sk_test_default for account "
                    + "acct_default from this machine only. Configure real keys before exposing this ledger.");
            keys.add(key(DEVELOPMENT_KEY, DEVELOPMENT_ACCOUNT, null));
        }
        return new ApiKeys(keys, developmentKeyOnly);
    }

    /** The caller owning {@code key}; every configured key is compared so the time taken reveals nothing. */
    public Optional<Caller> authenticate(String key) {
        byte[] given = sha256(key);
        ApiKey found = null;
        for (ApiKey candidate : keys) {
            if (MessageDigest.isEqual(candidate.sha256(), given)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found).map(ApiKeys::caller);
    }

    private static Caller caller(ApiKey key) {
        return new Caller(key.accountId(), key.lastFour(), key.label(), key.kind(), key.permissions());
    }

    /**
     * The caller of the configured key that {@code accountId} and {@code label} name, as a stored dashboard session
     * keeps it; empty when that key is no longer configured, or when two keys of the account share the label.
     */
    public Optional<Caller> byLabel(String accountId, String label) {
        List<ApiKey> found = keys.stream()
                .filter(k -> k.accountId().equals(accountId) && k.label().equals(label)).toList();
        return found.size() != 1 ? Optional.empty() : Optional.of(caller(found.get(0)));
    }

    /** Whether {@code caller} authenticated with the development key (accepted from loopback addresses only). */
    static boolean isDevelopmentKey(Caller caller) {
        return caller.keyLabel().equals(label(DEVELOPMENT_KEY)) && caller.accountId().equals(DEVELOPMENT_ACCOUNT);
    }

    /** Whether an account has a key: the accounts of this ledger are those its keys name. */
    public boolean hasAccount(String accountId) {
        return keys.stream().anyMatch(key -> key.accountId().equals(accountId));
    }

    /** The labels of the configured keys, e.g. for rate-limit overrides that name a key by its suffix. */
    public List<String> labels() {
        return keys.stream().map(ApiKey::label).toList();
    }

    /** What may be shown of a key: its last four characters. */
    public static String lastFour(String key) {
        return key.length() <= 4 ? key : key.substring(key.length() - 4);
    }

    /** How a key is shown: its Stripe prefix ({@code sk_test_}, {@code rk_live_}, …) and last four. */
    public static String label(String key) {
        int second = key.indexOf('_', key.indexOf('_') + 1);
        String prefix = second > 0 && second < 8 && key.length() >= second + 5 ? key.substring(0, second + 1) : "";
        return prefix + "…" + lastFour(key);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JRE", impossible);
        }
    }

    private static ApiKey key(String key, String account, Permissions permissions) {
        return new ApiKey(KeyKind.of(key), account, label(key), lastFour(key), sha256(key), permissions);
    }

    private static List<String[]> pairs(String configured, String setting) {
        List<String[]> pairs = new ArrayList<>();
        if (configured == null) {
            return pairs;
        }
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int separator = pair.indexOf('=');
            if (separator <= 0 || separator == pair.length() - 1) {
                throw new IllegalStateException(setting + " must be comma-separated key=account pairs; an entry "
                        + "ending in " + lastFour(pair) + " is not");
            }
            pairs.add(new String[] {pair.substring(0, separator).trim(), pair.substring(separator + 1).trim()});
        }
        return pairs;
    }
}
