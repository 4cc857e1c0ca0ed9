package io.paymentledger.messages.paymentintent;

import java.util.List;

public record PaymentIntentPage(List<PaymentIntentView> data, boolean hasMore) {
}
