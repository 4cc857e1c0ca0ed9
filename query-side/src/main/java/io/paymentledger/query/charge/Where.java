package io.paymentledger.query.charge;

import io.paymentledger.messages.paymentintent.CreatedRange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * The WHERE and ORDER BY of a list of charges or refunds: the account, equality filters, the created range and
 * the cursor. Newest first, except that a page read backwards is selected oldest first so its limit keeps the
 * nearest rows.
 */
public record Where(String sql, MapSqlParameterSource parameters, boolean backwards) {

    public static Where of(String alias, String accountId, Map<String, String> equal, CreatedRange created,
                    Cursor olderThan, Cursor newerThan) {
        StringBuilder sql = new StringBuilder(alias + "account_id = :account");
        MapSqlParameterSource parameters = new MapSqlParameterSource("account", accountId);
        equal.forEach((column, value) -> {
            if (value != null) {
                sql.append(" AND ").append(alias).append(column).append(" = :").append(column);
                parameters.addValue(column, value);
            }
        });
        if (created != null) {
            bound(sql, parameters, alias + "created >=", "gt", created.gt(), 1);
            bound(sql, parameters, alias + "created >=", "gte", created.gte(), 0);
            bound(sql, parameters, alias + "created <", "lt", created.lt(), 0);
            bound(sql, parameters, alias + "created <", "lte", created.lte(), 1);
        }
        if (olderThan != null) {
            sql.append(" AND (").append(alias).append("created < :cursorAt OR (").append(alias)
               .append("created = :cursorAt AND ").append(alias).append("id < :cursorId))");
            parameters.addValue("cursorAt", Timestamp.from(olderThan.created())).addValue("cursorId", olderThan.id());
        }
        if (newerThan != null) {
            sql.append(" AND (").append(alias).append("created > :cursorAt OR (").append(alias)
               .append("created = :cursorAt AND ").append(alias).append("id > :cursorId))");
            parameters.addValue("cursorAt", Timestamp.from(newerThan.created())).addValue("cursorId", newerThan.id());
        }
        return new Where(sql.toString(), parameters, newerThan != null);
    }

    /**
     * account_id leads although it is fixed: H2 reads an {@code (account_id, created, id)} index in order (and stops
     * at the limit) only when the ORDER BY names the index's columns from the first; without it H2 sorts every row
     * of the account (docs/benchmarks.md, Dashboard).
     */
    public String order(String alias) {
        String direction = backwards ? "ASC" : "DESC";
        return alias + "account_id " + direction + ", " + alias + "created " + direction + ", " + alias + "id "
                + direction;
    }

    // created is compared at second precision as Stripe's filters are unix seconds; lte N means before N + 1.
    private static void bound(StringBuilder sql, MapSqlParameterSource parameters, String condition, String name,
                              Long seconds, long shift) {
        if (seconds != null) {
            sql.append(" AND ").append(condition).append(" :").append(name);
            parameters.addValue(name, Timestamp.from(Instant.ofEpochSecond(seconds + shift)));
        }
    }
}
