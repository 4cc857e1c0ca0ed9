package io.paymentledger.messages.paymentintent;

/** Bounds on {@code created}, in unix seconds; null bounds are open. */
public record CreatedRange(Long gt, Long gte, Long lt, Long lte) {
}
