package io.paymentledger.query.books;

import io.paymentledger.messages.books.TrialBalanceLine;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The books_intent, books_entry and books_posting tables (V180), with their day totals ({@link DayTotals}). */
@Repository
class JournalRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final DayTotals days;

    JournalRows(NamedParameterJdbcTemplate jdbc, DayTotals days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    Optional<BooksIntent> intent(String paymentIntentId) {
        return jdbc.query("SELECT payment_intent_id, account_id, currency, pending_entry_id, pending_amount, version "
                        + "FROM books_intent WHERE payment_intent_id = :id", Map.of("id", paymentIntentId),
                (rs, n) -> new BooksIntent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).stream().findFirst();
    }

    void saveIntent(BooksIntent intent, boolean exists) {
        String sql = exists
                ? "UPDATE books_intent SET currency = :currency, pending_entry_id = :pending, "
                        + "pending_amount = :pendingAmount, version = :version WHERE payment_intent_id = :id"
                : "INSERT INTO books_intent (payment_intent_id, account_id, currency, pending_entry_id, "
                        + "pending_amount, version) VALUES (:id, :account, :currency, :pending, :pendingAmount, :version)";
        jdbc.update(sql, new MapSqlParameterSource("id", intent.paymentIntentId())
                .addValue("account", intent.accountId()).addValue("currency", intent.currency())
                .addValue("pending", intent.pendingEntryId()).addValue("pendingAmount", intent.pendingAmount())
                .addValue("version", intent.version()));
    }

    void insert(JournalEntry entry) {
        Timestamp created = Timestamp.from(entry.created());
        jdbc.update("INSERT INTO books_entry (id, account_id, currency, payment_intent_id, kind, source_id, "
                + "pending_entry_id, amount, created) VALUES (:id, :account, :currency, :intent, :kind, :source, "
                + ":pending, :amount, :created)", new MapSqlParameterSource("id", entry.id())
                .addValue("account", entry.accountId()).addValue("currency", entry.currency())
                .addValue("intent", entry.paymentIntentId()).addValue("kind", entry.kind())
                .addValue("source", entry.sourceId()).addValue("pending", entry.pendingEntryId())
                .addValue("amount", entry.amount()).addValue("created", created));
        List<SqlParameterSource> lines = new ArrayList<>();
        for (int line = 0; line < entry.postings().size(); line++) {
            Posting posting = entry.postings().get(line);
            lines.add(new MapSqlParameterSource("entry", entry.id()).addValue("line", line)
                    .addValue("account", entry.accountId()).addValue("currency", entry.currency())
                    .addValue("ledgerAccount", posting.ledgerAccount()).addValue("side", posting.side())
                    .addValue("phase", posting.phase()).addValue("amount", posting.amount())
                    .addValue("kind", entry.kind()).addValue("intent", entry.paymentIntentId())
                    .addValue("created", created));
        }
        jdbc.batchUpdate("INSERT INTO books_posting (entry_id, line, account_id, currency, ledger_account, side, "
                + "phase, amount, kind, payment_intent_id, created) VALUES (:entry, :line, :account, :currency, "
                + ":ledgerAccount, :side, :phase, :amount, :kind, :intent, :created)",
                lines.toArray(SqlParameterSource[]::new));
        days.add(entry);
    }

    /** The entries of one intent of the account, oldest first, with their postings in line order. */
    List<JournalEntry> entries(String accountId, String paymentIntentId) {
        Map<String, List<Posting>> postings = new LinkedHashMap<>();
        jdbc.query("SELECT entry_id, ledger_account, side, phase, amount FROM books_posting "
                        + "WHERE payment_intent_id = :intent AND account_id = :account ORDER BY entry_id, line",
                Map.of("intent", paymentIntentId, "account", accountId), rs -> {
                    postings.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Posting(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                });
        return jdbc.query("SELECT id, account_id, currency, payment_intent_id, kind, source_id, pending_entry_id, "
                        + "amount, created FROM books_entry WHERE payment_intent_id = :intent AND account_id = :account",
                Map.of("intent", paymentIntentId, "account", accountId),
                (rs, n) -> new JournalEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getTimestamp(9).toInstant(), List.copyOf(postings.getOrDefault(rs.getString(1), List.of()))))
                .stream().sorted(java.util.Comparator.comparing(JournalEntry::created)
                        .thenComparingLong(entry -> sequenceOf(entry.id()))).toList();
    }

    /** Every ledger account's four balances from the account's postings made up to and including {@code asOf}. */
    List<TrialBalanceLine> trialBalance(String accountId, Instant asOf) {
        return days.trialBalance(accountId, asOf);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM books_posting", Map.of());
        jdbc.update("DELETE FROM books_entry", Map.of());
        jdbc.update("DELETE FROM books_intent", Map.of());
        days.deleteAll();
    }

    private static long sequenceOf(String entryId) {
        return Long.parseLong(entryId.substring(entryId.lastIndexOf('_') + 1));
    }
}
