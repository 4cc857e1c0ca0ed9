package io.paymentledger.query.transfer;

import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.TransferView;
import io.paymentledger.messages.transfer.TransferReversalView;
import io.paymentledger.query.charge.Cursor;
import io.paymentledger.query.charge.Where;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The transfer and transfer_reversal tables (V198). */
@Repository
class TransferRows {

    private static final String TRANSFER_COLUMNS = "id, account_id, destination, amount, amount_reversed, currency, "
            + "payment_intent_id, charge_id, created";
    private static final String REVERSAL_COLUMNS = "id, transfer_id, account_id, refund_id, amount, currency, created";

    private final NamedParameterJdbcTemplate jdbc;

    TransferRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the transfer unless it is there already. */
    void insertTransfer(TransferView transfer) {
        if (exists("transfer", transfer.id())) {
            return;
        }
        jdbc.update("INSERT INTO transfer (" + TRANSFER_COLUMNS + ") VALUES (:id, :account, :destination, :amount, "
                + ":reversed, :currency, :intent, :charge, :created)", new MapSqlParameterSource("id", transfer.id())
                .addValue("account", transfer.accountId()).addValue("destination", transfer.destination())
                .addValue("amount", transfer.amount()).addValue("reversed", transfer.amountReversed())
                .addValue("currency", transfer.currency()).addValue("intent", transfer.paymentIntentId())
                .addValue("charge", transfer.chargeId()).addValue("created", Timestamp.from(transfer.created())));
    }

    /** Inserts the reversal unless it is there already. */
    void insertReversal(TransferReversalView reversal) {
        if (exists("transfer_reversal", reversal.id())) {
            return;
        }
        jdbc.update("INSERT INTO transfer_reversal (" + REVERSAL_COLUMNS + ") VALUES (:id, :transfer, :account, "
                + ":refund, :amount, :currency, :created)", new MapSqlParameterSource("id", reversal.id())
                .addValue("transfer", reversal.transferId()).addValue("account", reversal.accountId())
                .addValue("refund", reversal.refundId()).addValue("amount", reversal.amount())
                .addValue("currency", reversal.currency()).addValue("created", Timestamp.from(reversal.created())));
    }

    /** The total reversed only grows (a failed refund does not undo a reversal): the larger total stays. */
    void amountReversed(String transferId, long total) {
        jdbc.update("UPDATE transfer SET amount_reversed = :total WHERE id = :id AND amount_reversed < :total",
                Map.of("id", transferId, "total", total));
    }

    Optional<TransferView> transfer(String accountId, String transferId) {
        return jdbc.query("SELECT " + TRANSFER_COLUMNS + " FROM transfer WHERE id = :id AND account_id = :account",
                Map.of("id", transferId, "account", accountId), TransferRows::toTransfer).stream().findFirst();
    }

    Optional<TransferReversalView> reversal(String accountId, String transferId, String reversalId) {
        return jdbc.query("SELECT " + REVERSAL_COLUMNS + " FROM transfer_reversal WHERE id = :id "
                        + "AND transfer_id = :transfer AND account_id = :account",
                Map.of("id", reversalId, "transfer", transferId, "account", accountId), TransferRows::toReversal)
                .stream().findFirst();
    }

    /** The page after ({@code olderThan}) or before ({@code newerThan}) a cursor row, newest first. */
    List<TransferView> transfers(String accountId, Map<String, String> equal, CreatedRange created, Cursor olderThan,
                                 Cursor newerThan, int limit) {
        Where where = Where.of("", accountId, equal, created, olderThan, newerThan);
        return jdbc.query("SELECT " + TRANSFER_COLUMNS + " FROM transfer WHERE " + where.sql() + " ORDER BY "
                + where.order("") + " LIMIT " + limit, where.parameters(), TransferRows::toTransfer);
    }

    List<TransferReversalView> reversals(String accountId, String transferId, Cursor olderThan, Cursor newerThan,
                                         int limit) {
        Where where = Where.of("", accountId, Map.of("transfer_id", transferId), null, olderThan, newerThan);
        return jdbc.query("SELECT " + REVERSAL_COLUMNS + " FROM transfer_reversal WHERE " + where.sql()
                + " ORDER BY " + where.order("") + " LIMIT " + limit, where.parameters(), TransferRows::toReversal);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM transfer_reversal", Map.of());
        jdbc.update("DELETE FROM transfer", Map.of());
    }

    private boolean exists(String table, String id) {
        return !jdbc.queryForList("SELECT id FROM " + table + " WHERE id = :id", Map.of("id", id), String.class)
                .isEmpty();
    }

    private static TransferView toTransfer(ResultSet rs, int row) throws SQLException {
        return new TransferView(rs.getString("id"), rs.getString("account_id"), rs.getString("destination"),
                rs.getLong("amount"), rs.getLong("amount_reversed"), rs.getString("currency"),
                rs.getString("payment_intent_id"), rs.getString("charge_id"), rs.getTimestamp("created").toInstant());
    }

    private static TransferReversalView toReversal(ResultSet rs, int row) throws SQLException {
        return new TransferReversalView(rs.getString("id"), rs.getString("transfer_id"), rs.getString("account_id"),
                rs.getString("refund_id"), rs.getLong("amount"), rs.getString("currency"),
                rs.getTimestamp("created").toInstant());
    }
}
