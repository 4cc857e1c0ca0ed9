package io.paymentledger.gateway.web;

import java.util.Set;

/**
 * What {@code expand[]} asked for. {@code paths} names fields of each PaymentIntent ({@code payment_method},
 * {@code latest_charge}); on lists and search results the wire's {@code data.} prefix is already removed.
 * {@code totalCount} is search's {@code expand[]=total_count}.
 */
public record Expansions(Set<String> paths, boolean totalCount) {

    public static final Expansions NONE = new Expansions(Set.of(), false);

    public Expansions {
        paths = Set.copyOf(paths);
    }

    public boolean expands(String field) {
        return paths.contains(field);
    }
}
