package io.paymentledger.messages.refund;

import java.util.List;

/** A page of refunds, newest first. */
public record RefundPage(List<RefundView> data, boolean hasMore) {
}
