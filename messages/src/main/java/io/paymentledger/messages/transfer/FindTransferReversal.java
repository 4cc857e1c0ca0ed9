package io.paymentledger.messages.transfer;

/** One reversal of a transfer the account paid; answered with an {@code Optional<TransferReversalView>}. */
public record FindTransferReversal(String accountId, String transferId, String reversalId) {
}
