package io.paymentledger.messages.paymentintent;

/**
 * Funds were captured: {@code amountReceived} is collected and {@code amountReleased}, the uncaptured rest of
 * an authorization, is released and never captured later.
 */
public record PaymentIntentSucceeded(String paymentIntentId, String accountId, String chargeId, long amountReceived,
                                     long amountReleased)
        implements PaymentIntentEvent {
}
