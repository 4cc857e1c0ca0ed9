package io.paymentledger.gateway.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook_endpoint table (V250, V320). Every read names the account: endpoints never cross accounts. */
@Repository
public class WebhookEndpointRows {

    private static final String COLUMNS = "id, account_id, url, enabled_events, api_version, description, secret, "
            + "status, created, created_ms, metadata";
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    WebhookEndpointRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint e) {
        jdbc.update("INSERT INTO webhook_endpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(),
                e.accountId(), e.url(), String.join(",", e.enabledEvents()), e.apiVersion(), e.description(),
                e.secret(), e.status(), e.created(), e.createdMillis(), metadata(e.metadata()));
    }

    void update(WebhookEndpoint e) {
        jdbc.update("UPDATE webhook_endpoint SET url = ?, enabled_events = ?, description = ?, status = ?, "
                + "metadata = ? WHERE id = ? AND account_id = ?", e.url(), String.join(",", e.enabledEvents()),
                e.description(), e.status(), metadata(e.metadata()), e.id(), e.accountId());
    }

    int count(String accountId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint WHERE account_id = ?",
                Integer.class, accountId);
        return count == null ? 0 : count;
    }

    public Optional<WebhookEndpoint> find(String accountId, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ? AND account_id = ?",
                this::toEndpoint, id, accountId).stream().findFirst();
    }

    /** The account's newest {@code limit} endpoints, newest first (the dashboard's developers page). */
    public List<WebhookEndpoint> newest(String accountId, int limit) {
        return olderThan(accountId, null, limit);
    }

    /** Up to {@code limit} of the account's endpoints, newest first, all older than {@code after} if given. */
    List<WebhookEndpoint> olderThan(String accountId, WebhookEndpoint after, int limit) {
        if (after == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE account_id = ? "
                    + "ORDER BY created_ms DESC, id DESC LIMIT " + limit, this::toEndpoint, accountId);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE account_id = ? AND (created_ms < ? "
                + "OR created_ms = ? AND id < ?) ORDER BY created_ms DESC, id DESC LIMIT " + limit, this::toEndpoint,
                accountId, after.createdMillis(), after.createdMillis(), after.id());
    }

    /** Up to {@code limit} of the account's endpoints newer than {@code before}, the oldest of them first. */
    List<WebhookEndpoint> newerThan(String accountId, WebhookEndpoint before, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE account_id = ? AND (created_ms > ? "
                + "OR created_ms = ? AND id > ?) ORDER BY created_ms, id LIMIT " + limit, this::toEndpoint,
                accountId, before.createdMillis(), before.createdMillis(), before.id());
    }

    /** Enabled endpoints of the account that subscribe to {@code type} and existed at {@code atMillis}. */
    List<WebhookEndpoint> subscribed(String accountId, String type, long atMillis) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE account_id = ? AND created_ms <= ?",
                this::toEndpoint, accountId, atMillis).stream().filter(e -> e.subscribedTo(type)).toList();
    }

    boolean delete(String accountId, String id) {
        return jdbc.update("DELETE FROM webhook_endpoint WHERE id = ? AND account_id = ?", id, accountId) > 0;
    }

    private WebhookEndpoint toEndpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(rs.getString("id"), rs.getString("account_id"), rs.getString("url"),
                Arrays.asList(rs.getString("enabled_events").split(",")), rs.getString("api_version"),
                rs.getString("description"), rs.getString("secret"), rs.getString("status"), rs.getLong("created"),
                rs.getLong("created_ms"), metadata(rs.getString("metadata")));
    }

    private String metadata(Map<String, String> metadata) {
        try {
            return metadata == null || metadata.isEmpty() ? null : json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always serializable", e);
        }
    }

    private Map<String, String> metadata(String stored) {
        try {
            return stored == null ? Map.of() : Collections.unmodifiableMap(json.readValue(stored, METADATA));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook_endpoint.metadata holds JSON written by this class", e);
        }
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
