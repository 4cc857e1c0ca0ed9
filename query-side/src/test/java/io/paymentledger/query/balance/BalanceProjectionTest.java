package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static io.paymentledger.query.PaymentIntentEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class BalanceProjectionTest {

    private final String account = anyAccountId();

    @Autowired
    BalanceProjection projection;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void authorizationsAreCapturableUntilCapturedOrCanceled() {
        String full = authorize(2_000);
        String partial = authorize(3_000);
        String cancel = authorize(1_000);
        authorize(500);

        assertThat(usd().capturable()).isEqualTo(6_500);

        projection.on(succeeded(full, account, 2_000, 0), 3);
        projection.on(succeeded(partial, account, 1_200, 1_800), 3);
        projection.on(canceled(cancel, account, 1_000), 3);

        CurrencyBalance usd = usd();
        assertThat(usd.capturable()).isEqualTo(500);
        assertThat(usd.captured()).isEqualTo(3_200);
        assertThat(usd.released()).isEqualTo(2_800);
        assertThat(usd.countByStatus()).containsEntry(PaymentIntentStatus.SUCCEEDED, 2L)
                .containsEntry(PaymentIntentStatus.CANCELED, 1L)
                .containsEntry(PaymentIntentStatus.REQUIRES_CAPTURE, 1L)
                .containsEntry(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0L);
    }

    @Test
    void redeliveredEventsDoNotCountTwice() {
        String id = authorize(2_000);
        projection.on(succeeded(id, account, 1_500, 500), 3);

        projection.on(created(id, account, 2_000, "usd"), 0);
        projection.on(authorized(id, account, 2_000), 2);
        projection.on(succeeded(id, account, 1_500, 500), 3);

        CurrencyBalance usd = usd();
        assertThat(usd.capturable()).isZero();
        assertThat(usd.captured()).isEqualTo(1_500);
        assertThat(usd.released()).isEqualTo(500);
        assertThat(usd.countByStatus()).containsEntry(PaymentIntentStatus.SUCCEEDED, 1L);
    }

    @Test
    void aCurrencyChangeMovesTheIntentToTheNewCurrency() {
        String id = anyIntentId();
        projection.on(created(id, account, 2_000, "usd"), 0);
        projection.on(updated(id, account, 2_000, "eur", details(null, Map.of()),
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD), 1);

        List<CurrencyBalance> balances = projection.handle(new FindBalances(account)).currencies();
        assertThat(balances).extracting(CurrencyBalance::currency).containsExactly("eur");
        assertThat(balances.get(0).countByStatus()).containsEntry(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 1L);
    }

    @Test
    void staysExactWhenIntentsOfOneAccountAreHandledConcurrently() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(threads.submit(() -> authorize(100)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();

        assertThat(usd().capturable()).isEqualTo(4_000);
        assertThat(usd().countByStatus()).containsEntry(PaymentIntentStatus.REQUIRES_CAPTURE, 40L);
    }

    @Test
    void anotherAccountSeesNothing() {
        authorize(2_000);

        assertThat(projection.handle(new FindBalances(anyAccountId())).currencies()).isEmpty();
    }

    @Test
    void refundsCountUntilTheyFailAndOnlyOnce() {
        String id = authorize(2_000);
        projection.on(succeeded(id, account, 2_000, 0), 3);
        String charge = "ch_" + id.substring(3);
        projection.on(new RefundCreated(id, account, charge, "re_1", 500, "usd", null, Map.of(),
                RefundStatus.SUCCEEDED), 4);
        projection.on(new RefundCreated(id, account, charge, "re_2", 700, "usd", null, Map.of(),
                RefundStatus.PENDING), 5);
        projection.on(new RefundCreated(id, account, charge, "re_2", 700, "usd", null, Map.of(),
                RefundStatus.PENDING), 5);
        assertThat(usd().refunded()).isEqualTo(1_200);

        projection.on(new RefundFailed(id, account, charge, "re_2", 700, "expired_or_canceled_card"), 6);

        assertThat(usd().refunded()).isEqualTo(500);
        assertThat(usd().captured()).isEqualTo(2_000);
    }

    @Test
    void theTotalsHoldWhatAGroupByOfTheIntentsGives() {
        String moved = anyIntentId();
        projection.on(created(moved, account, 900, "usd"), 0);
        projection.on(updated(moved, account, 900, "eur", details(null, Map.of()),
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD), 1);
        String captured = authorize(2_000);
        projection.on(succeeded(captured, account, 1_500, 500), 3);
        projection.on(canceled(authorize(700), account, 700), 3);
        authorize(300);

        assertThat(jdbc.queryForList("SELECT currency, intents, capturable, captured, released, refunded "
                + "FROM balance_total WHERE account_id = ? AND intents <> 0 ORDER BY currency", account))
                .isEqualTo(jdbc.queryForList("SELECT currency, COUNT(*) AS intents, SUM(amount_capturable) AS "
                        + "capturable, SUM(amount_captured) AS captured, SUM(amount_released) AS released, "
                        + "SUM(amount_refunded) AS refunded FROM balance_intent WHERE account_id = ? "
                        + "GROUP BY currency ORDER BY currency", account).stream().map(row -> {
                            Map<String, Object> longs = new java.util.LinkedHashMap<>();
                            row.forEach((column, value) -> longs.put(column, value instanceof Number number
                                    ? (Object) number.longValue() : value));
                            return longs;
                        }).toList());
        assertThat(jdbc.queryForList("SELECT status, intent_count AS intents FROM account_status_count "
                + "WHERE account_id = ? AND currency = 'usd' ORDER BY status", account)).extracting(row -> row.get("status") + "="
                + row.get("intents")).containsExactly("canceled=1", "requires_capture=1", "succeeded=1");
    }

    private String authorize(long amount) {
        String id = anyIntentId();
        projection.on(created(id, account, amount, "usd"), 0);
        projection.on(attached(id, account), 1);
        projection.on(authorized(id, account, amount), 2);
        return id;
    }

    private CurrencyBalance usd() {
        return projection.handle(new FindBalances(account)).currencies().stream()
                .filter(balance -> balance.currency().equals("usd")).findFirst().orElseThrow();
    }
}
