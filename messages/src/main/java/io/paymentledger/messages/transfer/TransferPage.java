package io.paymentledger.messages.transfer;

import java.util.List;

/** A page of transfers, newest first. */
public record TransferPage(List<TransferDetailView> data, boolean hasMore) {
}
