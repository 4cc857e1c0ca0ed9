package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.query.axon.BatchRows;
import io.paymentledger.query.axon.RowIncrements;
import io.paymentledger.query.axon.WireNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The balance_intent table (V103) and the totals every write of it adds its change to, balance_total and
 * balance_status_total (V197), read through the views account_balance and account_status_count.
 */
@Repository
class BalanceRows {

    private static final RowIncrements.Table TOTAL = new RowIncrements.Table("balance_total",
            List.of("account_id", "currency"), List.of("intents", "capturable", "captured", "released", "refunded"));
    private static final RowIncrements.Table STATUS_TOTAL = new RowIncrements.Table("balance_status_total",
            List.of("account_id", "currency", "status"), List.of("intents"));

    private final NamedParameterJdbcTemplate jdbc;
    private final RowIncrements increments;

    BalanceRows(NamedParameterJdbcTemplate jdbc, RowIncrements increments) {
        this.jdbc = jdbc;
        this.increments = increments;
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
        return BatchRows.Store.of(this::intent, this::insert, this::update);
    }

    void insert(TrackedIntent intent) {
        jdbc.update("INSERT INTO balance_intent (payment_intent_id, account_id, currency, status, amount_capturable, "
                + "amount_captured, amount_released, amount_refunded, version) VALUES (:id, :account, :currency, "
                + ":status, :capturable, :captured, :released, :refunded, :version)", parameters(intent));
        addToTotals(intent, 1);
    }

    /** {@code stored} is the row as the database holds it: its part of the totals is taken off, the new one added. */
    void update(TrackedIntent stored, TrackedIntent intent) {
        jdbc.update("UPDATE balance_intent SET currency = :currency, status = :status, "
                + "amount_capturable = :capturable, amount_captured = :captured, amount_released = :released, "
                + "amount_refunded = :refunded, version = :version WHERE payment_intent_id = :id", parameters(intent));
        addToTotals(stored, -1);
        addToTotals(intent, 1);
    }

    private void addToTotals(TrackedIntent intent, int sign) {
        increments.add(TOTAL, List.of(intent.accountId(), intent.currency()), sign, sign * intent.amountCapturable(),
                sign * intent.amountCaptured(), sign * intent.amountReleased(), sign * intent.amountRefunded());
        increments.add(STATUS_TOTAL, List.of(intent.accountId(), intent.currency(), intent.status().wireName()),
                sign);
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
        jdbc.update("DELETE FROM balance_total", Map.of());
        jdbc.update("DELETE FROM balance_status_total", Map.of());
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
