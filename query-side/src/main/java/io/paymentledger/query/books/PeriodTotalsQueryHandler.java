package io.paymentledger.query.books;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import io.paymentledger.messages.books.PeriodTotals;
import io.paymentledger.messages.books.PeriodTotalsList;
import io.paymentledger.messages.books.SumBalanceTransactions;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link SumBalanceTransactions}. When every boundary is the start of a day (the dashboard's daily chart, in UTC),
 * one read of balance_transaction_day ({@link DayTotals}): a row per day and currency, however many transactions
 * the days hold. Otherwise one summing query per period over the {@code (account_id, created, id)} index of
 * balance_transaction. Either way the periods are those the caller chose, so the sums do not depend on the
 * database's or the JVM's time zone (a JVM not in UTC takes the second way for UTC days).
 */
@Component
class PeriodTotalsQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final DayTotals days;

    PeriodTotalsQueryHandler(NamedParameterJdbcTemplate jdbc, DayTotals days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    @QueryHandler
    PeriodTotalsList handle(SumBalanceTransactions query) {
        List<Instant> boundaries = query.boundaries();
        List<LocalDateTime> local = boundaries.stream().map(at -> Timestamp.from(at).toLocalDateTime()).toList();
        if (local.stream().allMatch(at -> at.toLocalTime().equals(LocalTime.MIDNIGHT))
                && local.stream().map(LocalDateTime::toLocalDate).sorted().toList().equals(
                        local.stream().map(LocalDateTime::toLocalDate).toList())) {
            return byDays(query, local.stream().map(LocalDateTime::toLocalDate).toList());
        }
        return byQueries(query);
    }

    private PeriodTotalsList byDays(SumBalanceTransactions query, List<LocalDate> starts) {
        List<PeriodTotals> periods = new ArrayList<>();
        if (starts.size() < 2) {
            return new PeriodTotalsList(List.of());
        }
        NavigableMap<LocalDate, long[]> sums = days.transactionDays(query.accountId(), query.currency(), starts.get(0),
                starts.get(starts.size() - 1));
        for (int i = 0; i + 1 < starts.size(); i++) {
            long[] period = new long[3];
            for (long[] day : sums.subMap(starts.get(i), starts.get(i + 1)).values()) {
                period[0] += day[0];
                period[1] += day[1];
                period[2] += day[2];
            }
            periods.add(new PeriodTotals(query.boundaries().get(i), query.boundaries().get(i + 1), period[0],
                    period[1], period[2]));
        }
        return new PeriodTotalsList(List.copyOf(periods));
    }

    private PeriodTotalsList byQueries(SumBalanceTransactions query) {
        List<PeriodTotals> periods = new ArrayList<>();
        String sql = "SELECT COALESCE(SUM(CASE WHEN type = 'charge' THEN amount ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN type LIKE 'refund%' THEN -amount ELSE 0 END), 0), COALESCE(SUM(net), 0) "
                + "FROM balance_transaction WHERE account_id = :account AND created >= :from AND created < :to"
                + (query.currency() == null ? "" : " AND currency = :currency");
        for (int i = 0; i + 1 < query.boundaries().size(); i++) {
            MapSqlParameterSource parameters = new MapSqlParameterSource("account", query.accountId())
                    .addValue("from", Timestamp.from(query.boundaries().get(i)))
                    .addValue("to", Timestamp.from(query.boundaries().get(i + 1)))
                    .addValue("currency", query.currency());
            int period = i;
            periods.add(jdbc.queryForObject(sql, parameters, (rs, n) -> new PeriodTotals(
                    query.boundaries().get(period), query.boundaries().get(period + 1), rs.getLong(1),
                    rs.getLong(2), rs.getLong(3))));
        }
        return new PeriodTotalsList(List.copyOf(periods));
    }
}
