package io.paymentledger.messages.books;

/** The account's Stripe balance; answered with a {@link BalanceView} (empty lists when nothing moved). */
public record FindBalance(String accountId) {
}
