package io.paymentledger.messages.paymentintent;

/** A transfer an intent makes once it succeeds (docs/api.md §19.4): {@code amount} to {@code destination}. */
public record TransferPlan(String destination, long amount) {
}
