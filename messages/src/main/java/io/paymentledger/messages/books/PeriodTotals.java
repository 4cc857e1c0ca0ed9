package io.paymentledger.messages.books;

import java.time.Instant;

/**
 * The balance transactions of one period {@code [from, to)}: {@code captured} the amounts of {@code charge}
 * transactions, {@code refunded} those of {@code refund} and {@code refund_failure} with the sign flipped (money
 * back to the customer is positive), {@code net} the net of every transaction; minor units.
 */
public record PeriodTotals(Instant from, Instant to, long captured, long refunded, long net) {
}
