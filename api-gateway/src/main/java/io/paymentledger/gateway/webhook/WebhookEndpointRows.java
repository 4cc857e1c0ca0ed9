package io.paymentledger.gateway.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook_endpoint table (V250). Every read names the account: endpoints never cross accounts. */
@Repository
public class WebhookEndpointRows {

    private static final String COLUMNS = "id, account_id, url, enabled_events, api_version, description, secret, "
            + "status, created, created_ms";

    private final JdbcTemplate jdbc;

    WebhookEndpointRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint e) {
        jdbc.update("INSERT INTO webhook_endpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(),
                e.accountId(), e.url(), String.join(",", e.enabledEvents()), e.apiVersion(), e.description(),
                e.secret(), e.status(), e.created(), e.createdMillis());
    }

    void update(WebhookEndpoint e) {
        jdbc.update("UPDATE webhook_endpoint SET url = ?, enabled_events = ?, description = ?, status = ? "
                + "WHERE id = ? AND account_id = ?", e.url(), String.join(",", e.enabledEvents()), e.description(),
                e.status(), e.id(), e.accountId());
    }

    public Optional<WebhookEndpoint> find(String accountId, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ? AND account_id = ?",
                this::toEndpoint, id, accountId).stream().findFirst();
    }

    /** The account's endpoints, newest first. */
    List<WebhookEndpoint> list(String accountId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE account_id = ? "
                + "ORDER BY created_ms DESC, id DESC LIMIT " + limit, this::toEndpoint, accountId);
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
                rs.getLong("created_ms"));
    }
}
