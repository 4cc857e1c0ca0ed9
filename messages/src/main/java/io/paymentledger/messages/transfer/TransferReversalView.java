package io.paymentledger.messages.transfer;

import java.time.Instant;

/** A reversal of a transfer ({@code trr_…}, docs/api.md §19.4): what a refund of the charge took back. */
public record TransferReversalView(String id, String transferId, String accountId, String refundId, long amount,
                                   String currency, Instant created) {
}
