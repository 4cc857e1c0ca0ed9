package io.paymentledger.messages.paymentintent;

import java.util.List;

/** One page of search results; {@code totalCount} is null unless the search asked for it. */
public record PaymentIntentSearchResult(List<PaymentIntentView> data, boolean hasMore, String nextPage,
                                        Long totalCount) {
}
