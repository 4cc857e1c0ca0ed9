package io.paymentledger.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret keys and the account each belongs to. Keys are compared in constant time and never logged:
 * only their last four characters leave this class.
 */
public final class ApiKeys {

    static final String DEVELOPMENT_KEY = "sk_test_default";
    static final String DEVELOPMENT_ACCOUNT = "acct_default";
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final Map<byte[], String> accountsByKey;
    private final boolean developmentKeyOnly;

    private ApiKeys(Map<byte[], String> accountsByKey, boolean developmentKeyOnly) {
        this.accountsByKey = accountsByKey;
        this.developmentKeyOnly = developmentKeyOnly;
    }

    /** True when no key is configured and the development key is accepted instead: a developer's machine. */
    public boolean developmentKeyOnly() {
        return developmentKeyOnly;
    }

    /**
     * Parses {@code key=account,...}. Without any key the development key is accepted only when allowed,
     * with a warning; otherwise the application must not start.
     */
    public static ApiKeys parse(String configured, boolean allowDevelopmentKey) {
        Map<byte[], String> keys = new LinkedHashMap<>();
        if (configured != null) {
            for (String pair : configured.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int separator = pair.indexOf('=');
                if (separator <= 0 || separator == pair.length() - 1) {
                    throw new IllegalStateException("ledger.gateway.api-keys / LEDGER_API_KEYS must be "
                            + "comma-separated key=account pairs; an entry ending in " + lastFour(pair) + " is not");
                }
                keys.put(bytes(pair.substring(0, separator).trim()), pair.substring(separator + 1).trim());
            }
        }
        boolean developmentKeyOnly = keys.isEmpty();
        if (developmentKeyOnly) {
            if (!allowDevelopmentKey) {
                throw new IllegalStateException("No API keys configured: set LEDGER_API_KEYS "
                        + "(ledger.gateway.api-keys) to comma-separated key=account pairs");
            }
            log.warn("LEDGER_API_KEYS is not set: accepting the development key sk_test_default for account "
                    + "acct_default. Configure real keys before exposing this ledger.");
            keys.put(bytes(DEVELOPMENT_KEY), DEVELOPMENT_ACCOUNT);
        }
        return new ApiKeys(keys, developmentKeyOnly);
    }

    /** The caller owning {@code key}; every configured key is compared so the time taken reveals nothing. */
    public Optional<Caller> authenticate(String key) {
        byte[] given = bytes(key);
        String account = null;
        for (Map.Entry<byte[], String> entry : accountsByKey.entrySet()) {
            if (MessageDigest.isEqual(entry.getKey(), given)) {
                account = entry.getValue();
            }
        }
        return Optional.ofNullable(account).map(found -> new Caller(found, lastFour(key)));
    }

    /** What may be shown of a key: its last four characters. */
    public static String lastFour(String key) {
        return key.length() <= 4 ? key : key.substring(key.length() - 4);
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
