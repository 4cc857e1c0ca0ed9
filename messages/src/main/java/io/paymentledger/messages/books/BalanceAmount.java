package io.paymentledger.messages.books;

/** An amount of one currency in the balance, minor units. */
public record BalanceAmount(String currency, long amount) {
}
