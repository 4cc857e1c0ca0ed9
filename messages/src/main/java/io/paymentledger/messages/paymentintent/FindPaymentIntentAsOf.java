package io.paymentledger.messages.paymentintent;

import java.time.Instant;

/** The intent as it was at {@code asOf}, rebuilt from its events; answered with {@code Optional<PaymentIntentView>}. */
public record FindPaymentIntentAsOf(String accountId, String paymentIntentId, Instant asOf) {
}
