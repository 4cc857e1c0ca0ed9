package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The balances tables (V103). Totals only ever change by {@code SET x = x + ?} in the database, so segments
 * handling intents of the same account at once cannot lose each other's updates.
 */
@Repository
class BalanceRows {

    private final NamedParameterJdbcTemplate jdbc;

    BalanceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrackedIntent> intent(String paymentIntentId) {
        return jdbc.query("SELECT payment_intent_id, account_id, currency, status, amount_capturable, version "
                        + "FROM balance_intent WHERE payment_intent_id = :id", Map.of("id", paymentIntentId),
                (rs, n) -> new TrackedIntent(rs.getString(1), rs.getString(2), rs.getString(3),
                        PaymentIntentStatus.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)))
                .stream().findFirst();
    }

    void insert(TrackedIntent intent) {
        jdbc.update("INSERT INTO balance_intent (payment_intent_id, account_id, currency, status, amount_capturable, "
                + "version) VALUES (:id, :account, :currency, :status, :capturable, :version)", parameters(intent));
    }

    void update(TrackedIntent intent) {
        jdbc.update("UPDATE balance_intent SET currency = :currency, status = :status, "
                + "amount_capturable = :capturable, version = :version WHERE payment_intent_id = :id",
                parameters(intent));
    }

    void add(String accountId, String currency, long capturable, long captured, long released) {
        MapSqlParameterSource key = new MapSqlParameterSource("account", accountId).addValue("currency", currency);
        jdbc.update("INSERT INTO account_balance (account_id, currency, capturable, captured, released) "
                + "VALUES (:account, :currency, 0, 0, 0) ON CONFLICT DO NOTHING", key);
        jdbc.update("UPDATE account_balance SET capturable = capturable + :capturable, captured = captured + :captured, "
                + "released = released + :released WHERE account_id = :account AND currency = :currency",
                key.addValue("capturable", capturable).addValue("captured", captured).addValue("released", released));
    }

    void count(String accountId, String currency, PaymentIntentStatus status, long difference) {
        MapSqlParameterSource key = new MapSqlParameterSource("account", accountId).addValue("currency", currency)
                .addValue("status", status.name());
        jdbc.update("INSERT INTO account_status_count (account_id, currency, status, intent_count) "
                + "VALUES (:account, :currency, :status, 0) ON CONFLICT DO NOTHING", key);
        jdbc.update("UPDATE account_status_count SET intent_count = intent_count + :difference "
                + "WHERE account_id = :account AND currency = :currency AND status = :status",
                key.addValue("difference", difference));
    }

    List<CurrencyBalance> balances(String accountId) {
        Map<String, Map<PaymentIntentStatus, Long>> counts = new HashMap<>();
        jdbc.query("SELECT currency, status, intent_count FROM account_status_count WHERE account_id = :account",
                Map.of("account", accountId), rs -> {
                    counts.computeIfAbsent(rs.getString(1), currency -> zeroCounts())
                          .put(PaymentIntentStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return jdbc.query("SELECT currency, capturable, captured, released FROM account_balance "
                        + "WHERE account_id = :account ORDER BY currency", Map.of("account", accountId),
                (rs, n) -> new CurrencyBalance(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        counts.getOrDefault(rs.getString(1), zeroCounts())));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM account_status_count", Map.of());
        jdbc.update("DELETE FROM account_balance", Map.of());
        jdbc.update("DELETE FROM balance_intent", Map.of());
    }

    private static Map<PaymentIntentStatus, Long> zeroCounts() {
        Map<PaymentIntentStatus, Long> counts = new EnumMap<>(PaymentIntentStatus.class);
        for (PaymentIntentStatus status : PaymentIntentStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private static MapSqlParameterSource parameters(TrackedIntent intent) {
        return new MapSqlParameterSource("id", intent.paymentIntentId())
                .addValue("account", intent.accountId())
                .addValue("currency", intent.currency())
                .addValue("status", intent.status().name())
                .addValue("capturable", intent.amountCapturable())
                .addValue("version", intent.version());
    }
}
