package io.paymentledger.messages.paymentintent;

/** Per-currency totals of an account; answered with {@link BalancesView}. */
public record FindBalances(String accountId) {
}
