package io.paymentledger.messages.paymentintent;

import java.util.List;

public record PaymentIntentSearchResult(List<PaymentIntentView> data, boolean hasMore, String nextPage,
                                        long totalCount) {
}
