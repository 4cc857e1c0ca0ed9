package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Which customer each vault record is saved to (columns {@code customer_id}, {@code attached_ms} and
 * {@code off_session_ready} of {@code payment_method}, V344). A payment method belongs to at most one customer.
 */
@Repository
public class SavedPaymentMethods {

    /** A saved payment method and when it was attached (the customer's list is newest first). */
    public record Saved(PaymentMethod paymentMethod, long attachedMillis) {
    }

    private final JdbcTemplate jdbc;
    private final PaymentMethodRows rows;

    SavedPaymentMethods(JdbcTemplate jdbc, PaymentMethodRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Optional<String> customerOf(String accountId, String paymentMethodId) {
        return jdbc.queryForList("SELECT customer_id FROM payment_method WHERE id = ? AND account_id = ? "
                + "AND customer_id IS NOT NULL", String.class, paymentMethodId, accountId).stream().findFirst();
    }

    /** Attaches a kept payment method unless it already belongs to someone; true when this call attached it. */
    public boolean attach(String accountId, String paymentMethodId, String customerId, long nowMillis) {
        return jdbc.update("UPDATE payment_method SET customer_id = ?, attached_ms = ?, off_session_ready = FALSE "
                + "WHERE id = ? AND account_id = ? AND customer_id IS NULL", customerId, nowMillis, paymentMethodId,
                accountId) == 1;
    }

    /** Marks a saved payment method as set up for off-session payments (a payment authorized its saving). */
    public void markOffSessionReady(String accountId, String paymentMethodId) {
        jdbc.update("UPDATE payment_method SET off_session_ready = TRUE WHERE id = ? AND account_id = ? "
                + "AND customer_id IS NOT NULL", paymentMethodId, accountId);
    }

    public boolean offSessionReady(String accountId, String paymentMethodId) {
        return jdbc.queryForList("SELECT off_session_ready FROM payment_method WHERE id = ? AND account_id = ?",
                Boolean.class, paymentMethodId, accountId).stream().findFirst().orElse(false);
    }

    public boolean detach(String accountId, String paymentMethodId) {
        return jdbc.update("UPDATE payment_method SET customer_id = NULL, attached_ms = NULL, off_session_ready = FALSE"
                + " WHERE id = ? AND account_id = ? AND customer_id IS NOT NULL", paymentMethodId, accountId) == 1;
    }

    public void detachAll(String accountId, String customerId) {
        jdbc.update("UPDATE payment_method SET customer_id = NULL, attached_ms = NULL, off_session_ready = FALSE"
                + " WHERE account_id = ? AND customer_id = ?", accountId, customerId);
    }

    /**
     * Up to {@code limit} of the customer's payment methods: newest first after {@code cursor}, or, with
     * {@code before}, the oldest first among those newer than {@code cursor}.
     */
    public List<Saved> page(String accountId, String customerId, Saved cursor, boolean before, int limit) {
        String order = before ? " ORDER BY attached_ms, id" : " ORDER BY attached_ms DESC, id DESC";
        String select = "SELECT payment_method, attached_ms FROM payment_method WHERE account_id = ? AND customer_id = ?";
        if (cursor == null) {
            return jdbc.query(select + order + " LIMIT " + limit, (rs, n) -> new Saved(
                    rows.read(rs.getString(1)), rs.getLong(2)), accountId, customerId);
        }
        String after = before ? " AND (attached_ms > ? OR attached_ms = ? AND id > ?)"
                : " AND (attached_ms < ? OR attached_ms = ? AND id < ?)";
        return jdbc.query(select + after + order + " LIMIT " + limit, (rs, n) -> new Saved(
                        rows.read(rs.getString(1)), rs.getLong(2)), accountId, customerId, cursor.attachedMillis(),
                cursor.attachedMillis(), cursor.paymentMethod().id());
    }

    /** The saved payment method named as a list cursor, if it is saved to this customer. */
    public Optional<Saved> find(String accountId, String customerId, String paymentMethodId) {
        return jdbc.query("SELECT payment_method, attached_ms FROM payment_method WHERE id = ? AND account_id = ? "
                + "AND customer_id = ?", (rs, n) -> new Saved(rows.read(rs.getString(1)), rs.getLong(2)),
                paymentMethodId, accountId, customerId).stream().findFirst();
    }
}
