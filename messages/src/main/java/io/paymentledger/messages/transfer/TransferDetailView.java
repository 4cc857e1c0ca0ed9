package io.paymentledger.messages.transfer;

import io.paymentledger.messages.paymentintent.TransferView;

/** A transfer as {@code GET /v1/transfers} shows it: the transfer and the first page of its reversals. */
public record TransferDetailView(TransferView transfer, TransferReversalPage reversals) {
}
