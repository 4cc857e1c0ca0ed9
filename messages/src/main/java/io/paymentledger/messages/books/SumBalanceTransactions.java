package io.paymentledger.messages.books;

import java.time.Instant;
import java.util.List;

/**
 * The account's balance transactions summed per period: {@code boundaries} are the periods' starts in order, the
 * last one the end of the last period (so n + 1 instants give n periods); {@code currency} null sums every currency.
 * Answered with {@link PeriodTotals}, one per period.
 */
public record SumBalanceTransactions(String accountId, String currency, List<Instant> boundaries) {
}
