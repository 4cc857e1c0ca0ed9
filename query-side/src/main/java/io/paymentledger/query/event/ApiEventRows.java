package io.paymentledger.query.event;

import io.paymentledger.messages.event.ApiEventObject;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.query.axon.BatchRows;
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

/** The api_event, api_event_intent and api_event_refund tables (V150, V191). */
@Repository
class ApiEventRows {

    private static final String COLUMNS = "id, account_id, type, created, event_position, payment_intent_id, "
            + "intent_json, previous_json, object_json, previous_object_json, request_id, idempotency_key";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelJson json;

    ApiEventRows(NamedParameterJdbcTemplate jdbc, ReadModelJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PaymentIntentView> intent(String paymentIntentId) {
        return jdbc.query("SELECT view_json FROM api_event_intent WHERE payment_intent_id = :id",
                Map.of("id", paymentIntentId), (rs, n) -> json.read(rs.getString(1), PaymentIntentView.class))
                .stream().findFirst();
    }

    void saveIntent(PaymentIntentView view, boolean exists) {
        String sql = exists
                ? "UPDATE api_event_intent SET version = :version, view_json = :json WHERE payment_intent_id = :id"
                : "INSERT INTO api_event_intent (payment_intent_id, version, view_json) VALUES (:id, :version, :json)";
        jdbc.update(sql, new MapSqlParameterSource("id", view.id()).addValue("version", view.version())
                .addValue("json", json.write(view)));
    }

    /** The api_event_intent fold as the projection's {@link BatchRows} store. */
    BatchRows.Store<PaymentIntentView> intentStore() {
        return BatchRows.Store.of(this::intent, row -> saveIntent(row, false), (stored, row) -> saveIntent(row, true));
    }

    Optional<RefundView> refund(String refundId) {
        return jdbc.query("SELECT view_json FROM api_event_refund WHERE refund_id = :id", Map.of("id", refundId),
                (rs, n) -> json.read(rs.getString(1), RefundView.class)).stream().findFirst();
    }

    void saveRefund(RefundView refund, boolean exists) {
        String sql = exists ? "UPDATE api_event_refund SET view_json = :json WHERE refund_id = :id"
                : "INSERT INTO api_event_refund (refund_id, view_json) VALUES (:id, :json)";
        jdbc.update(sql, new MapSqlParameterSource("id", refund.id()).addValue("json", json.write(refund)));
    }

    boolean exists(String eventId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM api_event WHERE id = :id", Map.of("id", eventId),
                Integer.class);
        return count != null && count > 0;
    }

    /**
     * Inserts an event. {@code intent} is the intent right after the domain event; a payment_intent event's object
     * and previous state go to intent_json and previous_json, a charge or refund event's to the object columns.
     */
    void insert(ApiEventView event, PaymentIntentView intent) {
        boolean aboutIntent = event.object().intent() != null;
        jdbc.update("INSERT INTO api_event (id, account_id, type, created, created_at, event_position, payment_intent_id, "
                + "intent_json, previous_json, object_json, previous_object_json, request_id, idempotency_key) VALUES "
                + "(:id, :account, :type, :created, :createdAt, :position, :intent, :intentJson, :previousJson, "
                + ":objectJson, :previousObjectJson, :requestId, :key)",
                new MapSqlParameterSource("id", event.id())
                        .addValue("account", event.accountId())
                        .addValue("type", event.type())
                        .addValue("created", event.created().getEpochSecond())
                        .addValue("createdAt", Timestamp.from(event.created()))
                        .addValue("position", event.position())
                        .addValue("intent", event.paymentIntentId())
                        .addValue("intentJson", json.write(intent))
                        .addValue("previousJson", aboutIntent && event.previous() != null
                                ? json.write(event.previous().intent()) : null)
                        .addValue("objectJson", aboutIntent ? null : json.write(event.object()))
                        .addValue("previousObjectJson", aboutIntent || event.previous() == null ? null
                                : json.write(event.previous()))
                        .addValue("requestId", event.requestId())
                        .addValue("key", event.idempotencyKey()));
    }

    Optional<ApiEventView> find(String accountId, String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_event WHERE id = :id AND account_id = :account",
                Map.of("id", eventId, "account", accountId), this::toEvent).stream().findFirst();
    }

    /**
     * Events after ({@code olderThan}) or before ({@code newerThan}) a position; newest first, except that a page
     * read backwards ({@code newerThan}) is selected oldest first so its limit keeps the nearest events.
     */
    List<ApiEventView> select(ListQuery query, Long olderThan, Long newerThan, int limit) {
        StringBuilder where = new StringBuilder("account_id = :account");
        MapSqlParameterSource parameters = new MapSqlParameterSource("account", query.accountId());
        if (!query.types().isEmpty()) {
            where.append(" AND type IN (:types)");
            parameters.addValue("types", query.types());
        }
        CreatedRange created = query.created();
        if (created != null) {
            bound(where, parameters, "created >", "gt", created.gt());
            bound(where, parameters, "created >=", "gte", created.gte());
            bound(where, parameters, "created <", "lt", created.lt());
            bound(where, parameters, "created <=", "lte", created.lte());
        }
        bound(where, parameters, "event_position <", "older", olderThan);
        bound(where, parameters, "event_position >", "newer", newerThan);
        String direction = newerThan != null ? "ASC" : "DESC";
        // account_id in the order (fixed by the WHERE) lets H2 read api_event_account_position in order and stop.
        return jdbc.query("SELECT " + COLUMNS + " FROM api_event WHERE " + where + " ORDER BY account_id " + direction
                + ", event_position " + direction + " LIMIT " + limit, parameters, this::toEvent);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM api_event", Map.of());
        jdbc.update("DELETE FROM api_event_intent", Map.of());
        jdbc.update("DELETE FROM api_event_refund", Map.of());
    }

    private static void bound(StringBuilder where, MapSqlParameterSource parameters, String condition, String name,
                              Long value) {
        if (value != null) {
            where.append(" AND ").append(condition).append(" :").append(name);
            parameters.addValue(name, value);
        }
    }

    private ApiEventView toEvent(ResultSet rs, int row) throws SQLException {
        String objectJson = rs.getString("object_json");
        ApiEventObject object = objectJson != null ? json.read(objectJson, ApiEventObject.class)
                : ApiEventObject.of(json.read(rs.getString("intent_json"), PaymentIntentView.class));
        ApiEventObject previous = objectJson != null
                ? json.read(rs.getString("previous_object_json"), ApiEventObject.class)
                : ApiEventObject.of(json.read(rs.getString("previous_json"), PaymentIntentView.class));
        return new ApiEventView(rs.getString("id"), rs.getString("account_id"), rs.getString("type"),
                Instant.ofEpochSecond(rs.getLong("created")), rs.getLong("event_position"),
                rs.getString("payment_intent_id"), object, previous, rs.getString("request_id"),
                rs.getString("idempotency_key"));
    }

    /** The filters of a list request. */
    record ListQuery(String accountId, List<String> types, CreatedRange created) {
    }
}
