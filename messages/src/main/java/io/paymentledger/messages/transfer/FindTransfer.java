package io.paymentledger.messages.transfer;

/** One transfer the account paid; answered with an {@code Optional<TransferDetailView>}. */
public record FindTransfer(String accountId, String transferId) {
}
