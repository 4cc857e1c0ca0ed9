package io.paymentledger.messages.paymentintent;

import java.time.Instant;

/**
 * A refund of the charge took {@code amount} of a transfer back from its destination (docs/api.md §19.4).
 * {@code amountReversed} is the transfer's total reversed after this one; {@code transferCreated} when the transfer
 * was made, so the transfer can be shown from this event alone.
 */
public record TransferReversed(String paymentIntentId, String accountId, String chargeId, String refundId,
                               String reversalId, Transfer transfer, Instant transferCreated, long amount,
                               long amountReversed)
        implements PaymentIntentEvent {
}
