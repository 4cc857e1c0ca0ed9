package io.paymentledger.gateway.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a restricted key may do with each resource: {@code none} (the default), {@code read} or {@code write}
 * (which includes read). Parsed from {@code payment_intents=read+events=read}.
 */
public record Permissions(Map<String, Access> byResource) {

    /** The resources of this API, named as in their URLs ({@code /v1/payment_intents} → payment_intents). */
    public static final Set<String> RESOURCES = Set.of("payment_intents", "payment_methods", "events", "webhook_endpoints",
            "balance", "customers", "transfers", "charges", "refunds");

    public enum Access { NONE, READ, WRITE }

    public Permissions {
        byResource = Map.copyOf(byResource);
    }

    static Permissions parse(String spec, String keyLabel) {
        Map<String, Access> grants = new TreeMap<>();
        for (String grant : spec.split("\\+")) {
            int equals = grant.indexOf('=');
            String resource = equals < 0 ? grant.trim() : grant.substring(0, equals).trim();
            String access = equals < 0 ? "" : grant.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
            if (!RESOURCES.contains(resource) || !Set.of("NONE", "READ", "WRITE").contains(access)) {
                throw new IllegalStateException("LEDGER_RESTRICTED_KEYS: the permissions of " + keyLabel
                        + " must be resource=none|read|write joined by '+', with resources " + RESOURCES
                        + "; '" + grant.trim() + "' is not");
            }
            grants.put(resource, Access.valueOf(access));
        }
        return new Permissions(grants);
    }

    /** Whether {@code resource} may be read ({@code write} false) or changed ({@code write} true). */
    public boolean allows(String resource, boolean write) {
        Access access = byResource.getOrDefault(resource, Access.NONE);
        return write ? access == Access.WRITE : access != Access.NONE;
    }
}
