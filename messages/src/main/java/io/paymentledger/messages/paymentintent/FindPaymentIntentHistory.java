package io.paymentledger.messages.paymentintent;

/**
 * Up to {@code limit} of the intent's stored events in order, after sequence number {@code startingAfter} (null:
 * from the first); answered with {@code Optional<PaymentIntentHistory>}.
 */
public record FindPaymentIntentHistory(String accountId, String paymentIntentId, Long startingAfter, int limit) {
}
