package io.paymentledger.gateway.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.paymentledger.messages.paymentintent.CreatedRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table {@code customer} (V344). Every read names the account: customers never cross accounts. */
@Repository
public class CustomerRows {

    /** Seconds beyond which a bound in milliseconds would overflow: such bounds are open. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1000 - 1;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    CustomerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Customer c) {
        jdbc.update("INSERT INTO customer (id, account_id, email, created_ms, deleted, customer) VALUES (?, ?, ?, ?, ?, ?)",
                c.id(), c.accountId(), c.email(), c.createdMillis(), c.deleted(), write(c));
    }

    void update(Customer c) {
        jdbc.update("UPDATE customer SET email = ?, deleted = ?, customer = ? WHERE id = ? AND account_id = ?",
                c.email(), c.deleted(), write(c), c.id(), c.accountId());
    }

    /** The customer, deleted ones included (their retrieve answers Stripe's deleted stub). */
    public Optional<Customer> find(String accountId, String id) {
        return jdbc.queryForList("SELECT customer FROM customer WHERE id = ? AND account_id = ?", String.class, id,
                accountId).stream().findFirst().map(this::read);
    }

    /** A customer that is not deleted, or empty. */
    public Optional<Customer> findLive(String accountId, String id) {
        return find(accountId, id).filter(c -> !c.deleted());
    }

    /**
     * Up to {@code limit} live customers of the page's filters: newest first after {@code cursor} (or from the
     * newest), or, with {@code before}, the oldest first among those newer than {@code cursor}.
     */
    List<Customer> page(String accountId, CustomerParams.Page page, Customer cursor, boolean before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT customer FROM customer WHERE account_id = ? AND deleted = FALSE");
        List<Object> args = new ArrayList<>(List.of(accountId));
        if (page.email() != null) {
            sql.append(" AND email = ?");
            args.add(page.email());
        }
        CreatedRange created = page.created();
        if (created != null) {
            bound(sql, args, ">=", created.gte(), 0);
            bound(sql, args, ">=", created.gt(), 1);
            bound(sql, args, "<", created.lt(), 0);
            bound(sql, args, "<", created.lte(), 1);
        }
        if (cursor != null) {
            sql.append(before ? " AND (created_ms > ? OR created_ms = ? AND id > ?)"
                    : " AND (created_ms < ? OR created_ms = ? AND id < ?)");
            args.addAll(List.of(cursor.createdMillis(), cursor.createdMillis(), cursor.id()));
        }
        sql.append(before ? " ORDER BY created_ms, id" : " ORDER BY created_ms DESC, id DESC").append(" LIMIT ")
                .append(limit);
        return jdbc.queryForList(sql.toString(), String.class, args.toArray()).stream().map(this::read).toList();
    }

    /** {@code created_ms <op> (seconds + shift) * 1000}; a bound too far out to matter is dropped or made empty. */
    private static void bound(StringBuilder sql, List<Object> args, String op, Long seconds, int shift) {
        if (seconds == null) {
            return;
        }
        long s = seconds >= MAX_SECONDS ? MAX_SECONDS + 1 : seconds <= -MAX_SECONDS ? -MAX_SECONDS - 1 : seconds + shift;
        if (s > MAX_SECONDS) {
            sql.append(op.equals("<") ? "" : " AND 1 = 0");
        } else if (s < -MAX_SECONDS) {
            sql.append(op.equals("<") ? " AND 1 = 0" : "");
        } else {
            sql.append(" AND created_ms ").append(op).append(" ?");
            args.add(s * 1000);
        }
    }

    private String write(Customer c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a customer as JSON", e);
        }
    }

    private Customer read(String row) {
        try {
            return json.readValue(row, Customer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable customer row", e);
        }
    }
}
