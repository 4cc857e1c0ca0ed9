package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.axon.WireNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The balance_intent table and its account_balance / account_status_count views (V103). */
@Repository
class BalanceRows {

    private final NamedParameterJdbcTemplate jdbc;

    BalanceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrackedIntent> intent(String paymentIntentId) {
        return jdbc.query("SELECT payment_intent_id, account_id, currency, status, amount_capturable, "
                        + "amount_captured, amount_released, amount_refunded, version FROM balance_intent "
                        + "WHERE payment_intent_id = :id",
                Map.of("id", paymentIntentId),
                (rs, n) -> new TrackedIntent(rs.getString(1), rs.getString(2), rs.getString(3),
                        WireNames.status(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9)))
                .stream().findFirst();
    }

    /** The table as the projection's {@link BatchRows} store. */
    BatchRows.Store<TrackedIntent> batchStore() {
        return BatchRows.Store.of(this::intent, this::insert, (stored, row) -> update(row));
    }

    void insert(TrackedIntent intent) {
        jdbc.update("INSERT INTO balance_intent (payment_intent_id, account_id, currency, status, amount_capturable, "
                + "amount_captured, amount_released, amount_refunded, version) VALUES (:id, :account, :currency, "
                + ":status, :capturable, :captured, :released, :refunded, :version)", parameters(intent));
    }

    void update(TrackedIntent intent) {
        jdbc.update("UPDATE balance_intent SET currency = :currency, status = :status, "
                + "amount_capturable = :capturable, amount_captured = :captured, amount_released = :released, "
                + "amount_refunded = :refunded, version = :version WHERE payment_intent_id = :id", parameters(intent));
    }

    List<CurrencyBalance> balances(String accountId) {
        Map<String, Map<PaymentIntentStatus, Long>> counts = new HashMap<>();
        jdbc.query("SELECT currency, status, intent_count FROM account_status_count WHERE account_id = :account",
                Map.of("account", accountId), rs -> {
                    counts.computeIfAbsent(rs.getString(1), currency -> zeroCounts())
                          .put(WireNames.status(rs.getString(2)), rs.getLong(3));
                });
        return jdbc.query("SELECT currency, capturable, captured, released, refunded FROM account_balance "
                        + "WHERE account_id = :account ORDER BY currency", Map.of("account", accountId),
                (rs, n) -> new CurrencyBalance(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        counts.getOrDefault(rs.getString(1), zeroCounts())));
    }

    void deleteAll() {
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
                .addValue("status", intent.status().wireName())
                .addValue("capturable", intent.amountCapturable())
                .addValue("captured", intent.amountCaptured())
                .addValue("released", intent.amountReleased())
                .addValue("refunded", intent.amountRefunded())
                .addValue("version", intent.version());
    }
}
