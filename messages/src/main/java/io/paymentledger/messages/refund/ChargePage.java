package io.paymentledger.messages.refund;

import java.util.List;

/** A page of charges, newest first. */
public record ChargePage(List<ChargeDetailView> data, boolean hasMore) {
}
