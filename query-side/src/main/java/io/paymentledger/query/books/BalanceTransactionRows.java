package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.query.charge.Cursor;
import io.paymentledger.query.charge.Where;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The balance_transaction table (V180) and the balance summed from it. */
@Repository
class BalanceTransactionRows {

    private static final String COLUMNS = "id, account_id, payment_intent_id, type, reporting_category, source_id, "
            + "amount, fee, net, currency, created, available_on";

    private final NamedParameterJdbcTemplate jdbc;
    private final DayTotals days;

    BalanceTransactionRows(NamedParameterJdbcTemplate jdbc, DayTotals days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    void insert(BalanceTransactionView txn, String entryId) {
        jdbc.update("INSERT INTO balance_transaction (" + COLUMNS + ", entry_id) VALUES (:id, :account, :intent, "
                + ":type, :category, :source, :amount, :fee, :net, :currency, :created, :availableOn, :entry)",
                new MapSqlParameterSource("id", txn.id()).addValue("account", txn.accountId())
                        .addValue("intent", txn.paymentIntentId()).addValue("type", txn.type())
                        .addValue("category", txn.reportingCategory()).addValue("source", txn.sourceId())
                        .addValue("amount", txn.amount()).addValue("fee", txn.fee()).addValue("net", txn.net())
                        .addValue("currency", txn.currency()).addValue("created", Timestamp.from(txn.created()))
                        .addValue("availableOn", Timestamp.from(txn.availableOn())).addValue("entry", entryId));
        days.add(txn);
    }

    Optional<BalanceTransactionView> find(String accountId, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM balance_transaction WHERE id = :id AND account_id = :account",
                Map.of("id", id, "account", accountId), BalanceTransactionRows::toView).stream().findFirst();
    }

    /** The page after ({@code olderThan}) or before ({@code newerThan}) a cursor row, newest first. */
    List<BalanceTransactionView> list(String accountId, Map<String, String> equal, CreatedRange created,
                                      Cursor olderThan, Cursor newerThan, int limit) {
        Where where = Where.of("", accountId, equal, created, olderThan, newerThan);
        return jdbc.query("SELECT " + COLUMNS + " FROM balance_transaction WHERE " + where.sql() + " ORDER BY "
                + where.order("") + " LIMIT " + limit, where.parameters(), BalanceTransactionRows::toView);
    }

    /**
     * The balance per currency at {@code now} in one pass: the net of the transactions available by then and of
     * those still pending, each currency the account has a transaction in. The index
     * {@code (account_id, currency, available_on, net)} (V195) answers it without reading the rows.
     */
    Map<String, long[]> availableAndPending(String accountId, Instant now) {
        Map<String, long[]> balances = new LinkedHashMap<>();
        jdbc.query("SELECT currency, COALESCE(SUM(CASE WHEN available_on <= :now THEN net ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN available_on > :now THEN net ELSE 0 END), 0) FROM balance_transaction "
                        + "WHERE account_id = :account GROUP BY currency ORDER BY currency",
                new MapSqlParameterSource("account", accountId).addValue("now", Timestamp.from(now)),
                rs -> {
                    balances.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return balances;
    }

    void deleteAll() {
        jdbc.update("DELETE FROM balance_transaction", Map.of());
    }

    private static BalanceTransactionView toView(ResultSet rs, int row) throws SQLException {
        return new BalanceTransactionView(rs.getString("id"), rs.getString("account_id"),
                rs.getString("payment_intent_id"), rs.getString("type"), rs.getString("reporting_category"),
                rs.getString("source_id"), rs.getLong("amount"), rs.getLong("fee"), rs.getLong("net"),
                rs.getString("currency"), rs.getTimestamp("created").toInstant(),
                rs.getTimestamp("available_on").toInstant());
    }
}
