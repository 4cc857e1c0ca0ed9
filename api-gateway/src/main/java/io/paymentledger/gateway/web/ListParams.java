package io.paymentledger.gateway.web;

import io.paymentledger.messages.paymentintent.CreatedRange;

import java.util.Set;

/** The parameters every Stripe list shares: {@code limit} and the {@code created} filter. */
public final class ListParams {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    private static final Set<String> CREATED = Set.of("gt", "gte", "lt", "lte");

    private ListParams() {
    }

    public static int limit(ParamReader params) {
        Long limit = params.integer("limit", 1, MAX_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit.intValue();
    }

    /** {@code created=<seconds>} for one second, or any of {@code created[gt|gte|lt|lte]}. */
    public static CreatedRange created(ParamReader params) {
        if (!params.has("created")) {
            return null;
        }
        if (params.raw("created") instanceof String) {
            Long second = params.integer("created");
            return new CreatedRange(null, second, null, second);
        }
        ParamReader range = params.object("created").allowOnly(CREATED);
        return new CreatedRange(range.integer("gt"), range.integer("gte"), range.integer("lt"), range.integer("lte"));
    }
}
