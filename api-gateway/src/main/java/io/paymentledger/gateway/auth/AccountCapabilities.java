package io.paymentledger.gateway.auth;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each account may do (docs/api.md §19.2), from {@code LEDGER_ACCOUNT_CAPABILITIES}
 * ({@code acct_x=payments,acct_y=payments+transfers}). An account the setting does not name has every capability,
 * so a ledger without the setting behaves as before; an account it names has exactly the listed ones.
 */
public final class AccountCapabilities {

    /** The capabilities of the resource-name API; {@code payments} takes payments, {@code transfers} sends money on. */
    public enum Capability {
        PAYMENTS, TRANSFERS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Set<Capability>> byAccount;

    private AccountCapabilities(Map<String, Set<Capability>> byAccount) {
        this.byAccount = Map.copyOf(byAccount);
    }

    /** Parses the setting; a malformed entry fails start-up and names what is wrong. */
    public static AccountCapabilities parse(String configured) {
        Map<String, Set<Capability>> byAccount = new HashMap<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int equals = entry.indexOf('=');
                if (equals <= 0) {
                    throw malformed(entry);
                }
                Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
                for (String name : entry.substring(equals + 1).split("\\+")) {
                    if (!name.isBlank()) {
                        capabilities.add(capability(name.trim(), entry));
                    }
                }
                byAccount.put(entry.substring(0, equals).trim(), capabilities);
            }
        }
        return new AccountCapabilities(byAccount);
    }

    public boolean has(String accountId, Capability capability) {
        Set<Capability> listed = byAccount.get(accountId);
        return listed == null || listed.contains(capability);
    }

    /** The account's capabilities, in a fixed order. */
    public Set<Capability> of(String accountId) {
        Set<Capability> listed = byAccount.get(accountId);
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        capabilities.addAll(listed == null ? EnumSet.allOf(Capability.class) : listed);
        return capabilities;
    }

    private static Capability capability(String name, String entry) {
        for (Capability capability : Capability.values()) {
            if (capability.wireName().equals(name)) {
                return capability;
            }
        }
        throw malformed(entry);
    }

    private static IllegalStateException malformed(String entry) {
        return new IllegalStateException("LEDGER_ACCOUNT_CAPABILITIES must be comma-separated "
                + "account=capability+capability entries with capabilities payments and transfers; '"
                + entry.trim() + "' is not");
    }
}
