package io.paymentledger.messages.books;

import java.util.List;

/** The answer to {@link SumBalanceTransactions}: one {@link PeriodTotals} per period, in order. */
public record PeriodTotalsList(List<PeriodTotals> periods) {
}
