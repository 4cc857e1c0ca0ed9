package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.query.axon.RowIncrements;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * books_day and balance_transaction_day (V196): the per-day sums of the postings and of the balance transactions,
 * added to ({@link RowIncrements}) in the transaction that writes the rows they sum. A day is the date of
 * {@code created} as the database holds it (a TIMESTAMP written from the instant in the JVM's zone: UTC in every
 * shipped image), so the migration's {@code CAST(created AS DATE)} and this class agree. The trial balance and the
 * dashboard's daily chart read these rows, so they grow with the days, not with the payments.
 */
@Repository
class DayTotals {

    private static final RowIncrements.Table BOOKS_DAY = new RowIncrements.Table("books_day",
            List.of("account_id", "currency", "ledger_account", "created_on"),
            List.of("debits_pending", "debits_posted", "credits_pending", "credits_posted"));
    private static final RowIncrements.Table TRANSACTION_DAY = new RowIncrements.Table("balance_transaction_day",
            List.of("account_id", "currency", "created_on"), List.of("captured", "refunded", "net"));

    private final NamedParameterJdbcTemplate jdbc;
    private final RowIncrements increments;

    DayTotals(NamedParameterJdbcTemplate jdbc, RowIncrements increments) {
        this.jdbc = jdbc;
        this.increments = increments;
    }

    static LocalDate dayOf(Instant created) {
        return Timestamp.from(created).toLocalDateTime().toLocalDate();
    }

    void add(JournalEntry entry) {
        for (Posting posting : entry.postings()) {
            long[] sums = new long[4];
            boolean debit = Posting.DEBIT.equals(posting.side());
            boolean pending = Posting.PENDING.equals(posting.phase());
            sums[(debit ? 0 : 2) + (pending ? 0 : 1)] = posting.amount();
            increments.add(BOOKS_DAY, List.of(entry.accountId(), entry.currency(), posting.ledgerAccount(),
                    dayOf(entry.created())), sums);
        }
    }

    void add(BalanceTransactionView txn) {
        increments.add(TRANSACTION_DAY, List.of(txn.accountId(), txn.currency(), dayOf(txn.created())),
                "charge".equals(txn.type()) ? txn.amount() : 0, txn.type().startsWith("refund") ? -txn.amount() : 0,
                txn.net());
    }

    /**
     * Every ledger account's four balances from the postings made up to and including {@code asOf}: the day totals
     * of the days before {@code asOf}'s (and of its day too when {@code asOf} is that day's last microsecond, as
     * the dashboard asks), plus the postings of its day up to {@code asOf}. Postings carry microsecond times.
     */
    List<TrialBalanceLine> trialBalance(String accountId, Instant asOf) {
        LocalDateTime at = Timestamp.from(asOf).toLocalDateTime();
        LocalDate through = at.plusNanos(1_000).toLocalDate().isAfter(at.toLocalDate())
                ? at.toLocalDate().plusDays(1) : at.toLocalDate();
        return jdbc.query("SELECT currency, ledger_account, SUM(dp), SUM(dpo), SUM(cp), SUM(cpo) FROM ("
                        + "SELECT currency, ledger_account, debits_pending dp, debits_posted dpo, credits_pending cp, "
                        + "credits_posted cpo FROM books_day WHERE account_id = :account AND created_on < :through "
                        + "UNION ALL SELECT currency, ledger_account, "
                        + "CASE WHEN side = 'debit' AND phase = 'pending' THEN amount ELSE 0 END, "
                        + "CASE WHEN side = 'debit' AND phase = 'posted' THEN amount ELSE 0 END, "
                        + "CASE WHEN side = 'credit' AND phase = 'pending' THEN amount ELSE 0 END, "
                        + "CASE WHEN side = 'credit' AND phase = 'posted' THEN amount ELSE 0 END "
                        + "FROM books_posting WHERE account_id = :account AND created >= :throughStart "
                        + "AND created <= :asOf) t GROUP BY currency, ledger_account ORDER BY currency, ledger_account",
                new MapSqlParameterSource("account", accountId).addValue("through", through)
                        .addValue("throughStart", Timestamp.valueOf(through.atStartOfDay()))
                        .addValue("asOf", Timestamp.from(asOf)),
                (rs, n) -> new TrialBalanceLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
    }

    /**
     * Captured, refunded and net of the balance transactions created on each day from {@code first} up to but not
     * including {@code end}, of one currency or all; days without any are absent.
     */
    NavigableMap<LocalDate, long[]> transactionDays(String accountId, String currency, LocalDate first,
                                                    LocalDate end) {
        NavigableMap<LocalDate, long[]> days = new TreeMap<>();
        jdbc.query("SELECT created_on, SUM(captured), SUM(refunded), SUM(net) FROM balance_transaction_day "
                        + "WHERE account_id = :account AND created_on >= :first AND created_on < :end"
                        + (currency == null ? "" : " AND currency = :currency") + " GROUP BY created_on",
                new MapSqlParameterSource("account", accountId).addValue("first", first).addValue("end", end)
                        .addValue("currency", currency),
                rs -> {
                    days.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)});
                });
        return days;
    }

    void deleteAll() {
        jdbc.update("DELETE FROM books_day", Map.of());
        jdbc.update("DELETE FROM balance_transaction_day", Map.of());
    }
}
