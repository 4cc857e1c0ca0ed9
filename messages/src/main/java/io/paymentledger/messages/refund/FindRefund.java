package io.paymentledger.messages.refund;

/** One refund of the account; answered with an {@code Optional<RefundView>}. */
public record FindRefund(String accountId, String refundId) {
}
