package io.paymentledger.query.charge;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.query.axon.QueryRejections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a cursor-paged list, newest first (docs/api.md §8): selects one row more than the limit to tell
 * whether there is a further page; a page read backwards ({@code ending_before}) is selected oldest first and turned
 * round.
 */
public final class Pages {

    /** The rows after ({@code olderThan}) or before ({@code newerThan}) a cursor, at most {@code fetch}. */
    public interface Select<T> {
        List<T> rows(Cursor olderThan, Cursor newerThan, int fetch);
    }

    public record Page<T>(List<T> data, boolean hasMore) {
    }

    private Pages() {
    }

    public static <T> Page<T> page(int limit, boolean backwards, Select<T> select, Cursor cursor) {
        List<T> rows = select.rows(backwards ? null : cursor, backwards ? cursor : null, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<T> page = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
        if (backwards) {
            Collections.reverse(page);
        }
        return new Page<>(List.copyOf(page), hasMore);
    }

    /**
     * The cursor a list starts after or ends before, from the row {@code find} gives for its id; an id that names no
     * row of the list is refused with 404 {@code resource_missing} on the parameter.
     */
    public static Cursor cursor(String startingAfter, String endingBefore, Function<String, Optional<Cursor>> find,
                                String object) {
        String id = endingBefore != null ? endingBefore : startingAfter;
        if (id == null) {
            return null;
        }
        return find.apply(id).orElseThrow(() -> QueryRejections.rejected(PaymentErrorCode.RESOURCE_MISSING,
                "No such " + object + ": '" + id + "'", endingBefore != null ? "ending_before" : "starting_after"));
    }
}
