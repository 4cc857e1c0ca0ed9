package io.paymentledger.query.books;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.paymentledger.messages.books.BalanceAmount;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.PeriodTotals;
import io.paymentledger.messages.books.SumBalanceTransactions;
import io.paymentledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sums the dashboard reads instead of whole lists: each period's charges, refunds (sign flipped) and net, per
 * currency or all; and the balance, available and pending, in one pass.
 */
@QuerySideTest
class PeriodTotalsQueryHandlerTest {

    private static final Instant DAY = Instant.parse("2026-11-02T00:00:00Z");

    private final String account = anyAccountId();

    @Autowired
    BalanceTransactionRows rows;

    @Autowired
    PeriodTotalsQueryHandler periods;

    @Autowired
    BooksQueryHandlers books;

    private int next;

    private void transaction(String type, long amount, long fee, String currency, Instant created,
                             Instant availableOn) {
        String id = "txn_" + account + "_" + next++;
        rows.insert(new BalanceTransactionView(id, account, "pi_period", type, type, "ch_" + id, amount, fee,
                amount - fee, currency, created, availableOn), "entry_" + id);
    }

    @Test
    void eachPeriodSumsItsOwnTransactionsWithRefundsFlippedAndOneCurrencyOrAll() {
        Instant second = DAY.plus(Duration.ofDays(1));
        transaction("charge", 1_000, 59, "usd", DAY.plusSeconds(10), second);
        transaction("refund", -300, 0, "usd", DAY.plusSeconds(20), DAY.plusSeconds(20));
        transaction("charge", 2_000, 88, "eur", second.minusMillis(1), second);
        transaction("charge", 500, 45, "usd", second, second);
        transaction("refund_failure", 100, 0, "usd", second.plusSeconds(5), second.plusSeconds(5));
        transaction("charge", 9_999, 0, "usd", DAY.minusMillis(1), DAY);

        List<PeriodTotals> all = periods.handle(new SumBalanceTransactions(account, null,
                List.of(DAY, second, second.plus(Duration.ofDays(1))))).periods();
        assertThat(all).containsExactly(
                new PeriodTotals(DAY, second, 3_000, 300, 1_000 - 59 - 300 + 2_000 - 88),
                new PeriodTotals(second, second.plus(Duration.ofDays(1)), 500, -100, 500 - 45 + 100));
        assertThat(periods.handle(new SumBalanceTransactions(account, "eur", List.of(DAY, second))).periods())
                .containsExactly(new PeriodTotals(DAY, second, 2_000, 0, 2_000 - 88));
        assertThat(periods.handle(new SumBalanceTransactions(anyAccountId(), null, List.of(DAY, second)))
                .periods()).as("another account's").containsExactly(new PeriodTotals(DAY, second, 0, 0, 0));
        assertThat(periods.handle(new SumBalanceTransactions(account, null, List.of(DAY))).periods()).isEmpty();
    }

    @Test
    void theBalanceSplitsEachCurrencyAtItsTransactionsAvailableOn() {
        Instant now = Instant.now();
        transaction("charge", 1_000, 59, "usd", now.minusSeconds(60), now.minusSeconds(1));
        transaction("charge", 2_000, 88, "usd", now.minusSeconds(30), now.plusSeconds(3_600));
        transaction("charge", 700, 0, "eur", now.minusSeconds(30), now.plusSeconds(3_600));

        var balance = books.handle(new FindBalance(account));
        assertThat(balance.available()).containsExactly(new BalanceAmount("eur", 0), new BalanceAmount("usd", 941));
        assertThat(balance.pending()).containsExactly(new BalanceAmount("eur", 700), new BalanceAmount("usd", 1_912));
    }
}
