package io.paymentledger.messages.transfer;

import java.util.List;

/** A page of a transfer's reversals, newest first. */
public record TransferReversalPage(List<TransferReversalView> data, boolean hasMore) {
}
