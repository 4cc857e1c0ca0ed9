package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.TrialBalanceLine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * added to in the transaction that writes the rows they sum. A day is the date of {@code created} as the database
 * holds it (a TIMESTAMP written from the instant in the JVM's zone: UTC in every shipped image), so the migration's
 * {@code CAST(created AS DATE)} and this class agree. Within a unit of work the changes are gathered and written as
 * it prepares to commit, one row per key in one fixed order: one statement pair per row and batch instead of per
 * event, and two batches of the pooled processor's segments that touch the same rows lock them in the same order.
 * The trial balance and the dashboard's daily chart read these rows, so they grow with the days, not the payments.
 */
@Repository
class DayTotals {

    private static final String RESOURCE = DayTotals.class.getName();
    private static final char SEPARATOR = 0x1f;

    private final NamedParameterJdbcTemplate jdbc;

    DayTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The changes of one unit of work, keyed so that their natural order is the rows' primary-key order. */
    private static final class Changes {
        final Map<String, long[]> postings = new TreeMap<>();
        final Map<String, long[]> transactions = new TreeMap<>();
    }

    static LocalDate dayOf(Instant created) {
        return Timestamp.from(created).toLocalDateTime().toLocalDate();
    }

    void add(JournalEntry entry) {
        Changes changes = changes();
        for (Posting posting : entry.postings()) {
            long[] sums = changes.postings.computeIfAbsent(key(entry.accountId(), entry.currency(),
                    posting.ledgerAccount(), dayOf(entry.created()).toString()), k -> new long[4]);
            boolean debit = Posting.DEBIT.equals(posting.side());
            boolean pending = Posting.PENDING.equals(posting.phase());
            sums[(debit ? 0 : 2) + (pending ? 0 : 1)] += posting.amount();
        }
        flushUnlessDeferred(changes);
    }

    void add(BalanceTransactionView txn) {
        Changes changes = changes();
        long[] sums = changes.transactions.computeIfAbsent(key(txn.accountId(), txn.currency(),
                dayOf(txn.created()).toString()), k -> new long[3]);
        sums[0] += "charge".equals(txn.type()) ? txn.amount() : 0;
        sums[1] += txn.type().startsWith("refund") ? -txn.amount() : 0;
        sums[2] += txn.net();
        flushUnlessDeferred(changes);
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

    private Changes changes() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Changes();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            Changes changes = new Changes();
            root.onPrepareCommit(uow -> write(changes));
            return changes;
        });
    }

    private void flushUnlessDeferred(Changes changes) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(changes);
        }
    }

    private void write(Changes changes) {
        changes.postings.forEach((key, sums) -> {
            String[] k = key.split(String.valueOf(SEPARATOR));
            MapSqlParameterSource row = new MapSqlParameterSource("account", k[0]).addValue("currency", k[1])
                    .addValue("ledgerAccount", k[2]).addValue("day", LocalDate.parse(k[3]))
                    .addValue("dp", sums[0]).addValue("dpo", sums[1]).addValue("cp", sums[2]).addValue("cpo", sums[3]);
            jdbc.update("INSERT INTO books_day (account_id, currency, ledger_account, created_on, debits_pending, "
                    + "debits_posted, credits_pending, credits_posted) VALUES (:account, :currency, :ledgerAccount, "
                    + ":day, 0, 0, 0, 0) ON CONFLICT DO NOTHING", row);
            jdbc.update("UPDATE books_day SET debits_pending = debits_pending + :dp, debits_posted = debits_posted "
                    + "+ :dpo, credits_pending = credits_pending + :cp, credits_posted = credits_posted + :cpo "
                    + "WHERE account_id = :account AND currency = :currency AND ledger_account = :ledgerAccount "
                    + "AND created_on = :day", row);
        });
        changes.transactions.forEach((key, sums) -> {
            String[] k = key.split(String.valueOf(SEPARATOR));
            MapSqlParameterSource row = new MapSqlParameterSource("account", k[0]).addValue("currency", k[1])
                    .addValue("day", LocalDate.parse(k[2])).addValue("captured", sums[0])
                    .addValue("refunded", sums[1]).addValue("net", sums[2]);
            jdbc.update("INSERT INTO balance_transaction_day (account_id, currency, created_on, captured, refunded, "
                    + "net) VALUES (:account, :currency, :day, 0, 0, 0) ON CONFLICT DO NOTHING", row);
            jdbc.update("UPDATE balance_transaction_day SET captured = captured + :captured, refunded = refunded "
                    + "+ :refunded, net = net + :net WHERE account_id = :account AND currency = :currency "
                    + "AND created_on = :day", row);
        });
        changes.postings.clear();
        changes.transactions.clear();
    }

    private static String key(String... parts) {
        return String.join(String.valueOf(SEPARATOR), parts);
    }
}
