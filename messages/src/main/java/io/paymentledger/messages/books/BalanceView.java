package io.paymentledger.messages.books;

import java.util.List;

/** Stripe's balance of an account: per currency, the net of its balance transactions available now and pending. */
public record BalanceView(List<BalanceAmount> available, List<BalanceAmount> pending) {
}
