package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.upcasting.DetailsRevision2;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.axon.ReadModelJson;
import io.paymentledger.query.axon.WireNames;
import org.springframework.jdbc.core.RowMapper;
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

/** The payment_intent_view and payment_intent_metadata tables (V102), through Spring JDBC. */
@Repository
public class PaymentIntentRows {

    private static final String COLUMNS = "v.id, v.account_id, v.version, v.created_at, v.amount, v.currency, "
            + "v.status, v.amount_capturable, v.amount_received, v.client_secret, v.canceled_at, "
            + "v.cancellation_reason, v.details_json, v.payment_method_json, v.latest_charge_json, "
            + "v.last_payment_error_json, v.next_action_json, v.created, v.creation_position";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelJson json;
    private final RowMapper<PaymentIntentView> toView = this::toView;

    PaymentIntentRows(NamedParameterJdbcTemplate jdbc, ReadModelJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PaymentIntentView> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM payment_intent_view v WHERE v.id = :id",
                Map.of("id", id), toView).stream().findFirst();
    }

    /** The table as the projection's {@link BatchRows} store: the row with its list position. */
    BatchRows.Store<PositionedView> batchStore() {
        return BatchRows.Store.of(this::findPositioned, row -> insert(row.view(), row.position().creationPosition()),
                (stored, row) -> update(row.view(), !metadata(stored.view()).equals(metadata(row.view()))));
    }

    private Optional<PositionedView> findPositioned(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM payment_intent_view v WHERE v.id = :id", Map.of("id", id),
                this::toPositioned).stream().findFirst();
    }

    Optional<IntentPosition> position(String accountId, String id) {
        return jdbc.query("SELECT created, creation_position FROM payment_intent_view "
                        + "WHERE id = :id AND account_id = :account", Map.of("id", id, "account", accountId),
                (rs, n) -> new IntentPosition(rs.getLong(1), rs.getLong(2))).stream().findFirst();
    }

    /** Rows matching {@code where}, newest first (or oldest first when {@code oldestFirst}), at most {@code limit}. */
    List<PositionedView> select(SqlWhere where, boolean oldestFirst, int limit) {
        return jdbc.query(selectSql(where, oldestFirst, limit), where.parameters(), this::toPositioned);
    }

    /**
     * {@code where} always fixes one account. The order names {@code account_id} too, although it changes nothing,
     * because only then does H2 read ix_payment_intent_view_order in order and stop after {@code limit} rows;
     * without it, H2 read and sorted every intent of the account for each page (half the ledger's CPU under load,
     * docs/benchmarks.md).
     */
    static String selectSql(SqlWhere where, boolean oldestFirst, int limit) {
        String direction = oldestFirst ? "ASC" : "DESC";
        return "SELECT " + COLUMNS + " FROM payment_intent_view v WHERE " + where.sql()
                + " ORDER BY v.account_id " + direction + ", v.created " + direction + ", v.creation_position "
                + direction + " LIMIT " + where.bind(limit);
    }

    long count(SqlWhere where) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM payment_intent_view v WHERE " + where.sql(),
                where.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    void insert(PaymentIntentView view, long creationPosition) {
        jdbc.update("INSERT INTO payment_intent_view (id, account_id, version, created, created_at, "
                + "creation_position, amount, currency, status, amount_capturable, amount_received, customer, "
                + "description, client_secret, payment_method_id, latest_charge_id, canceled_at, "
                + "cancellation_reason, details_json, payment_method_json, latest_charge_json, "
                + "last_payment_error_json, next_action_json) VALUES (:id, :account, :version, :created, "
                + ":createdAt, :position, :amount, :currency, :status, :capturable, :received, :customer, "
                + ":description, :secret, :pmId, :chargeId, :canceledAt, :reason, :details, :pm, :charge, "
                + ":error, :nextAction)", parameters(view).addValue("position", creationPosition));
        replaceMetadata(view);
    }

    void update(PaymentIntentView view) {
        update(view, true);
    }

    private void update(PaymentIntentView view, boolean metadataChanged) {
        jdbc.update("UPDATE payment_intent_view SET version = :version, amount = :amount, currency = :currency, "
                + "status = :status, amount_capturable = :capturable, amount_received = :received, "
                + "customer = :customer, description = :description, payment_method_id = :pmId, "
                + "latest_charge_id = :chargeId, canceled_at = :canceledAt, cancellation_reason = :reason, "
                + "details_json = :details, payment_method_json = :pm, latest_charge_json = :charge, "
                + "last_payment_error_json = :error, next_action_json = :nextAction WHERE id = :id",
                parameters(view));
        if (metadataChanged) {
            replaceMetadata(view);
        }
    }

    void deleteAll() {
        jdbc.update("DELETE FROM payment_intent_metadata", Map.of());
        jdbc.update("DELETE FROM payment_intent_view", Map.of());
    }

    private static Map<String, String> metadata(PaymentIntentView view) {
        return view.details() == null || view.details().metadata() == null ? Map.of() : view.details().metadata();
    }

    private void replaceMetadata(PaymentIntentView view) {
        jdbc.update("DELETE FROM payment_intent_metadata WHERE payment_intent_id = :id", Map.of("id", view.id()));
        Map<String, String> metadata = metadata(view);
        if (metadata.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = metadata.entrySet().stream()
                .map(entry -> new MapSqlParameterSource("id", view.id())
                        .addValue("key", entry.getKey()).addValue("value", entry.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO payment_intent_metadata (payment_intent_id, meta_key, meta_value) "
                + "VALUES (:id, :key, :value)", rows);
    }

    private MapSqlParameterSource parameters(PaymentIntentView view) {
        PaymentIntentDetails details = view.details();
        return new MapSqlParameterSource()
                .addValue("id", view.id())
                .addValue("account", view.accountId())
                .addValue("version", view.version())
                .addValue("created", view.created().getEpochSecond())
                .addValue("createdAt", timestamp(view.created()))
                .addValue("amount", view.amount())
                .addValue("currency", view.currency())
                .addValue("status", view.status().wireName())
                .addValue("capturable", view.amountCapturable())
                .addValue("received", view.amountReceived())
                .addValue("customer", details == null ? null : details.references().customer())
                .addValue("description", details == null ? null : details.descriptors().description())
                .addValue("secret", view.clientSecret())
                .addValue("pmId", view.paymentMethod() == null ? null : view.paymentMethod().id())
                .addValue("chargeId", view.latestCharge() == null ? null : view.latestCharge().id())
                .addValue("canceledAt", timestamp(view.canceledAt()))
                .addValue("reason", view.cancellationReason() == null ? null : view.cancellationReason().wireName())
                .addValue("details", json.write(details))
                .addValue("pm", json.write(view.paymentMethod()))
                .addValue("charge", json.write(view.latestCharge()))
                .addValue("error", json.write(view.lastPaymentError()))
                .addValue("nextAction", json.write(view.nextAction()));
    }

    private PositionedView toPositioned(ResultSet rs, int rowNumber) throws SQLException {
        return new PositionedView(toView(rs, rowNumber),
                new IntentPosition(rs.getLong("created"), rs.getLong("creation_position")));
    }

    private PaymentIntentView toView(ResultSet rs, int rowNumber) throws SQLException {
        return new PaymentIntentView(rs.getString("id"), rs.getString("account_id"), rs.getLong("version"),
                instant(rs.getTimestamp("created_at")), rs.getLong("amount"), rs.getString("currency"),
                WireNames.status(rs.getString("status")), rs.getLong("amount_capturable"), rs.getLong("amount_received"),
                rs.getString("client_secret"), json.read(rs.getString("details_json"), PaymentIntentDetails.class,
                        DetailsRevision2::regroup),
                json.read(rs.getString("payment_method_json"), PaymentMethod.class),
                json.read(rs.getString("latest_charge_json"), ChargeView.class),
                json.read(rs.getString("last_payment_error_json"), LastPaymentError.class),
                json.read(rs.getString("next_action_json"), NextAction.class),
                instant(rs.getTimestamp("canceled_at")), WireNames.cancellationReason(rs.getString("cancellation_reason")));
    }



    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
