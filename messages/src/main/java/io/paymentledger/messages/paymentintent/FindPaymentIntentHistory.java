package io.paymentledger.messages.paymentintent;

/** The intent's stored events in order; answered with {@code Optional<PaymentIntentHistory>}. */
public record FindPaymentIntentHistory(String accountId, String paymentIntentId) {
}
