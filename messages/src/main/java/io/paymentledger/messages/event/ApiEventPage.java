package io.paymentledger.messages.event;

import java.util.List;

/** A page of {@link ApiEventView}s, newest first. */
public record ApiEventPage(List<ApiEventView> data, boolean hasMore) {
}
