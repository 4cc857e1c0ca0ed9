package io.paymentledger.messages.event;

import io.paymentledger.messages.paymentintent.CreatedRange;

import java.util.List;

/** Newest first; empty {@code types} and a null {@code created} match everything. Answered with {@link ApiEventPage}. */
public record ListApiEvents(String accountId, List<String> types, CreatedRange created, int limit,
                            String startingAfter, String endingBefore) {
}
