package io.paymentledger.query.charge;

import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.query.axon.ReadModelJson;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The charge_intent, charge and refund tables (V160). */
@Repository
class ChargeRows {

    private static final String CHARGE_COLUMNS = "c.id, c.account_id, c.payment_intent_id, c.amount, "
            + "c.amount_captured, c.amount_refunded, c.captured, c.currency, c.status, c.failure_code, "
            + "c.failure_message, c.decline_code, c.payment_method_id, c.card, c.created, i.version";
    private static final String REFUND_COLUMNS = "id, account_id, payment_intent_id, charge_id, amount, currency, "
            + "reason, status, failure_reason, metadata, created, version";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelJson json;

    ChargeRows(NamedParameterJdbcTemplate jdbc, ReadModelJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ChargeIntent> intent(String paymentIntentId) {
        return jdbc.query("SELECT payment_intent_id, account_id, amount, currency, payment_method_id, payment_method, "
                        + "version FROM charge_intent WHERE payment_intent_id = :id", Map.of("id", paymentIntentId),
                (rs, n) -> new ChargeIntent(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), json.read(rs.getString(6), CardDetails.class), rs.getLong(7)))
                .stream().findFirst();
    }

    void saveIntent(ChargeIntent intent, boolean exists) {
        String sql = exists
                ? "UPDATE charge_intent SET amount = :amount, currency = :currency, payment_method_id = :pm, "
                        + "payment_method = :card, version = :version WHERE payment_intent_id = :id"
                : "INSERT INTO charge_intent (payment_intent_id, account_id, amount, currency, payment_method_id, "
                        + "payment_method, version) VALUES (:id, :account, :amount, :currency, :pm, :card, :version)";
        jdbc.update(sql, new MapSqlParameterSource("id", intent.paymentIntentId())
                .addValue("account", intent.accountId()).addValue("amount", intent.amount())
                .addValue("currency", intent.currency()).addValue("pm", intent.paymentMethodId())
                .addValue("card", json.write(intent.card())).addValue("version", intent.version()));
    }

    /** Inserts the charge or, when it exists, sets what a later event of the same charge says. */
    void saveCharge(ChargeDetailView charge) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", charge.id())
                .addValue("account", charge.accountId()).addValue("intent", charge.paymentIntentId())
                .addValue("amount", charge.amount()).addValue("captured", charge.amountCaptured())
                .addValue("isCaptured", charge.captured()).addValue("currency", charge.currency())
                .addValue("status", charge.status()).addValue("failureCode", charge.failureCode())
                .addValue("failureMessage", charge.failureMessage()).addValue("declineCode", charge.declineCode())
                .addValue("pm", charge.paymentMethodId()).addValue("card", json.write(charge.card()))
                .addValue("created", Timestamp.from(charge.created()));
        int updated = jdbc.update("UPDATE charge SET amount = :amount, amount_captured = :captured, "
                + "captured = :isCaptured, status = :status, failure_code = :failureCode, "
                + "failure_message = :failureMessage, decline_code = :declineCode WHERE id = :id", parameters);
        if (updated == 0) {
            jdbc.update("INSERT INTO charge (id, account_id, payment_intent_id, amount, amount_captured, "
                    + "amount_refunded, captured, currency, status, failure_code, failure_message, decline_code, "
                    + "payment_method_id, card, created) VALUES (:id, :account, :intent, :amount, :captured, 0, "
                    + ":isCaptured, :currency, :status, :failureCode, :failureMessage, :declineCode, :pm, :card, "
                    + ":created)", parameters);
        }
    }

    /** The intent's authorized charge that was not captured, if any. */
    Optional<String> authorizedCharge(String paymentIntentId) {
        return jdbc.queryForList("SELECT id FROM charge WHERE payment_intent_id = :intent AND status = 'succeeded' "
                + "AND captured = FALSE", Map.of("intent", paymentIntentId), String.class).stream().findFirst();
    }

    void addRefunded(String chargeId, long amount) {
        jdbc.update("UPDATE charge SET amount_refunded = amount_refunded + :amount WHERE id = :id",
                Map.of("id", chargeId, "amount", amount));
    }

    void insertRefund(RefundView refund) {
        jdbc.update("INSERT INTO refund (" + REFUND_COLUMNS + ") VALUES (:id, :account, :intent, :charge, :amount, "
                + ":currency, :reason, :status, :failureReason, :metadata, :created, :version)",
                new MapSqlParameterSource("id", refund.id()).addValue("account", refund.accountId())
                        .addValue("intent", refund.paymentIntentId()).addValue("charge", refund.chargeId())
                        .addValue("amount", refund.amount()).addValue("currency", refund.currency())
                        .addValue("reason", refund.reason() == null ? null : refund.reason().wireName())
                        .addValue("status", refund.status().wireName())
                        .addValue("failureReason", refund.failureReason())
                        .addValue("metadata", json.write(refund.metadata()))
                        .addValue("created", Timestamp.from(refund.created()))
                        .addValue("version", refund.version()));
    }

    void updateRefund(RefundView refund) {
        jdbc.update("UPDATE refund SET status = :status, failure_reason = :failureReason, metadata = :metadata, "
                + "version = :version WHERE id = :id", new MapSqlParameterSource("id", refund.id())
                .addValue("status", refund.status().wireName()).addValue("failureReason", refund.failureReason())
                .addValue("metadata", json.write(refund.metadata())).addValue("version", refund.version()));
    }

    Optional<ChargeDetailView> charge(String accountId, String chargeId) {
        return jdbc.query("SELECT " + CHARGE_COLUMNS + " FROM charge c JOIN charge_intent i "
                        + "ON i.payment_intent_id = c.payment_intent_id WHERE c.id = :id AND c.account_id = :account",
                Map.of("id", chargeId, "account", accountId), this::toCharge).stream().findFirst();
    }

    Optional<RefundView> refund(String accountId, String refundId) {
        return jdbc.query("SELECT " + REFUND_COLUMNS + " FROM refund WHERE id = :id AND account_id = :account",
                Map.of("id", refundId, "account", accountId), this::toRefund).stream().findFirst();
    }

    /** The page after ({@code olderThan}) or before ({@code newerThan}) a cursor row, newest first. */
    List<ChargeDetailView> charges(String accountId, Map<String, String> equal, CreatedRange created,
                                   Cursor olderThan, Cursor newerThan, int limit) {
        Where where = Where.of("c.", accountId, equal, created, olderThan, newerThan);
        return jdbc.query("SELECT " + CHARGE_COLUMNS + " FROM charge c JOIN charge_intent i "
                + "ON i.payment_intent_id = c.payment_intent_id WHERE " + where.sql() + " ORDER BY "
                + where.order("c.") + " LIMIT " + limit, where.parameters(), this::toCharge);
    }

    List<RefundView> refunds(String accountId, Map<String, String> equal, CreatedRange created, Cursor olderThan,
                             Cursor newerThan, int limit) {
        Where where = Where.of("", accountId, equal, created, olderThan, newerThan);
        return jdbc.query("SELECT " + REFUND_COLUMNS + " FROM refund WHERE " + where.sql() + " ORDER BY "
                + where.order("") + " LIMIT " + limit, where.parameters(), this::toRefund);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM refund", Map.of());
        jdbc.update("DELETE FROM charge", Map.of());
        jdbc.update("DELETE FROM charge_intent", Map.of());
    }

    private ChargeDetailView toCharge(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<RefundView> refunds = jdbc.query("SELECT " + REFUND_COLUMNS + " FROM refund WHERE charge_id = :id "
                + "ORDER BY created DESC, id DESC", Map.of("id", id), this::toRefund);
        return new ChargeDetailView(id, rs.getString("account_id"), rs.getString("payment_intent_id"),
                rs.getLong("amount"), rs.getLong("amount_captured"), rs.getLong("amount_refunded"),
                rs.getBoolean("captured"), rs.getString("currency"), rs.getString("status"),
                rs.getString("failure_code"), rs.getString("failure_message"), rs.getString("decline_code"),
                rs.getString("payment_method_id"), json.read(rs.getString("card"), CardDetails.class),
                instant(rs, "created"), rs.getLong("version"), refunds, null);
    }

    @SuppressWarnings("unchecked")
    private RefundView toRefund(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        return new RefundView(rs.getString("id"), rs.getString("account_id"), rs.getString("payment_intent_id"),
                rs.getString("charge_id"), rs.getLong("amount"), rs.getString("currency"),
                reason == null ? null : RefundReason.valueOf(reason.toUpperCase()),
                RefundStatus.valueOf(rs.getString("status").toUpperCase()), rs.getString("failure_reason"),
                (Map<String, String>) json.read(rs.getString("metadata"), Map.class), instant(rs, "created"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
