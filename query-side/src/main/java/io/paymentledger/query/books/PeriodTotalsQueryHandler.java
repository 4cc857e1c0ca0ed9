package io.paymentledger.query.books;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.paymentledger.messages.books.PeriodTotals;
import io.paymentledger.messages.books.PeriodTotalsList;
import io.paymentledger.messages.books.SumBalanceTransactions;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link SumBalanceTransactions}: one summing query per period over the {@code (account_id, created, id)} index of
 * balance_transaction, so the dashboard's daily chart costs a few index range scans in the database instead of
 * reading every transaction of the range into the gateway. Periods are bounded by instants the caller chose (UTC
 * days for the chart), so the sums do not depend on the database's or the JVM's time zone.
 */
@Component
class PeriodTotalsQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;

    PeriodTotalsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    PeriodTotalsList handle(SumBalanceTransactions query) {
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
