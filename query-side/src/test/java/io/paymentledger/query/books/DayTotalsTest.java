package io.paymentledger.query.books;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.PeriodTotals;
import io.paymentledger.messages.books.SumBalanceTransactions;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.refundFailed;
import static io.paymentledger.query.PaymentIntentEvents.refunded;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day totals (V196) give the same trial balance and daily sums as the postings and balance transactions they
 * sum: at any instant (within a day, at its last microsecond, at midnight, days later), per period of whole days
 * or not, and the books check finds them equal.
 */
@QuerySideTest
class DayTotalsTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-11-03T00:00:00Z");

    private final String account = anyAccountId();

    @Autowired
    BooksProjection projection;

    @Autowired
    BooksQueryHandlers queries;

    @Autowired
    PeriodTotalsQueryHandler periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BooksCheck check;

    private final List<Instant> times = new ArrayList<>();

    /** Three payments over three days, each authorized, captured and partly refunded; one refund fails. */
    private void threeDaysOfPayments() {
        Instant at = MIDNIGHT.minus(Duration.ofHours(30));
        for (int payment = 0; payment < 3; payment++) {
            String id = anyIntentId();
            String refund = "re_" + id;
            List<PaymentIntentEvent> events = List.of(created(id, account, 5_000, "usd"), attached(id, account),
                    authorized(id, account, 5_000), succeeded(id, account, 4_000, 1_000),
                    refunded(id, account, refund, 1_500, RefundStatus.SUCCEEDED),
                    payment == 1 ? refundFailed(id, account, refund, 1_500) : attached(id, account));
            long sequence = 0;
            for (PaymentIntentEvent event : events) {
                projection.on(event, at, sequence++);
                times.add(at);
                at = at.plus(Duration.ofHours(5)).plusNanos(123_456);
            }
        }
    }

    private List<TrialBalanceLine> fromThePostings(Instant asOf) {
        return jdbc.query("SELECT currency, ledger_account, "
                        + "SUM(CASE WHEN side = 'debit' AND phase = 'pending' THEN amount ELSE 0 END), "
                        + "SUM(CASE WHEN side = 'debit' AND phase = 'posted' THEN amount ELSE 0 END), "
                        + "SUM(CASE WHEN side = 'credit' AND phase = 'pending' THEN amount ELSE 0 END), "
                        + "SUM(CASE WHEN side = 'credit' AND phase = 'posted' THEN amount ELSE 0 END) "
                        + "FROM books_posting WHERE account_id = ? AND created <= ? "
                        + "GROUP BY currency, ledger_account ORDER BY currency, ledger_account",
                (rs, n) -> new TrialBalanceLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)), account, Timestamp.from(asOf));
    }

    @Test
    void theTrialBalanceAtAnyInstantEqualsTheSumOfThePostingsMadeByThen() {
        threeDaysOfPayments();
        List<Instant> asOfs = new ArrayList<>(List.of(MIDNIGHT.minus(Duration.ofDays(3)), MIDNIGHT,
                MIDNIGHT.minusNanos(1_000), MIDNIGHT.plus(Duration.ofDays(1)).minusNanos(1_000),
                MIDNIGHT.minus(Duration.ofDays(1)).minusNanos(1_000), MIDNIGHT.plus(Duration.ofDays(5))));
        for (Instant at : times) {
            asOfs.add(at);
            asOfs.add(at.minusNanos(1_000));
        }
        assertThat(fromThePostings(MIDNIGHT.plus(Duration.ofDays(5)))).as("postings to sum").isNotEmpty();
        for (Instant asOf : asOfs) {
            assertThat(queries.handle(new FindTrialBalance(account, asOf)).lines()).as("as of %s", asOf)
                    .isEqualTo(fromThePostings(asOf));
        }
        assertThat(check.run().discrepancies()).noneSatisfy(found -> assertThat(found).contains(account));
    }

    @Test
    void wholeDaysAndOtherPeriodsSumTheSameTransactions() {
        threeDaysOfPayments();
        Instant first = MIDNIGHT.minus(Duration.ofDays(2));
        List<Instant> days = new ArrayList<>();
        for (int day = 0; day <= 5; day++) {
            days.add(first.plus(Duration.ofDays(day)));
        }
        List<PeriodTotals> byDay = periods.handle(new SumBalanceTransactions(account, null, days)).periods();
        List<PeriodTotals> byQuery = new ArrayList<>();
        for (int i = 0; i + 1 < days.size(); i++) {
            // One nanosecond off midnight: no transaction is that close to it, and it takes the per-period queries.
            PeriodTotals off = periods.handle(new SumBalanceTransactions(account, null, List.of(
                    days.get(i).plusNanos(1), days.get(i + 1).plusNanos(1)))).periods().get(0);
            byQuery.add(new PeriodTotals(days.get(i), days.get(i + 1), off.captured(), off.refunded(), off.net()));
        }
        assertThat(byDay).isEqualTo(byQuery);
        assertThat(byDay.stream().mapToLong(PeriodTotals::captured).sum()).isEqualTo(3 * 4_000);
        assertThat(byDay.stream().mapToLong(PeriodTotals::refunded).sum()).isEqualTo(2 * 1_500);
        assertThat(periods.handle(new SumBalanceTransactions(account, "eur", days)).periods())
                .allSatisfy(day -> assertThat(day.net()).isZero());
        jdbc.update("UPDATE balance_transaction_day SET net = net + 1 WHERE account_id = ?", account);
        assertThat(check.run().discrepancies()).anySatisfy(found -> assertThat(found)
                .contains(account).contains("balance_transaction_day"));
        jdbc.update("UPDATE balance_transaction_day SET net = net - 1 WHERE account_id = ?", account);
    }
}
