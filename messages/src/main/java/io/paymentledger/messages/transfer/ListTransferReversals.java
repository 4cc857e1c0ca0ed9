package io.paymentledger.messages.transfer;

/**
 * The reversals of a transfer the account paid, newest first; none for another account's transfer. Answered with
 * {@link TransferReversalPage}.
 */
public record ListTransferReversals(String accountId, String transferId, int limit, String startingAfter,
                                    String endingBefore) {
}
