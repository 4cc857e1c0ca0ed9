package io.paymentledger.gateway.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.paymentledger.gateway.auth.Caller;

/** The read and write budget of each key: the defaults, or a key's override. */
final class Budgets {

    record Budget(long read, long write) {
        long of(boolean write) {
            return write ? this.write : read;
        }
    }

    private final Budget defaults;
    private final Map<String, Budget> byLabel;

    private Budgets(Budget defaults, Map<String, Budget> byLabel) {
        this.defaults = defaults;
        this.byLabel = Map.copyOf(byLabel);
    }

    /** Parses the overrides; each must name (by its last four characters) exactly one of {@code keyLabels}. */
    static Budgets of(RateLimitProperties properties, List<String> keyLabels) {
        Map<String, Budget> overrides = new HashMap<>();
        String configured = properties.overrides() == null ? "" : properties.overrides();
        for (String entry : configured.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split("[=/]");
            List<String> matching = parts.length == 3 && parts[0].length() == 4
                    ? keyLabels.stream().filter(label -> label.endsWith(parts[0])).toList() : List.of();
            if (matching.size() != 1 || !parts[1].matches("\\d{1,9}") || !parts[2].matches("\\d{1,9}")) {
                throw new IllegalStateException("LEDGER_RATE_LIMIT_OVERRIDES must be <last four of a key>=<read>/"
                        + "<write> entries naming one configured key each; '" + entry.trim() + "' is not");
            }
            overrides.put(matching.get(0), new Budget(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        }
        return new Budgets(new Budget(properties.read(), properties.write()), overrides);
    }

    /** Requests per second {@code caller}'s key may make; 0 means unlimited. */
    long perSecond(Caller caller, boolean write) {
        return byLabel.getOrDefault(caller.keyLabel(), defaults).of(write);
    }
}
