package io.paymentledger.query.books;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.JournalEntryView;
import io.paymentledger.messages.books.ListBalanceTransactions;
import io.paymentledger.messages.books.ListJournalEntries;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.query.axon.RowIncrements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.refundFailed;
import static io.paymentledger.query.PaymentIntentEvents.refunded;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The books' migration, projection, queries and check on a real PostgreSQL (embedded, no Docker). */
class BooksPostgresTest {

    private static EmbeddedPostgres postgres;
    private static BooksProjection projection;
    private static BooksQueryHandlers queries;
    private static BooksCheck check;

    private final String account = anyAccountId();
    private long sequence;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
              .locations("classpath:db/migration/query").load().migrate();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(postgres.getPostgresDatabase());
        DayTotals days = new DayTotals(jdbc, new RowIncrements(jdbc));
        JournalRows journal = new JournalRows(jdbc, days);
        BalanceTransactionRows transactions = new BalanceTransactionRows(jdbc, days);
        BooksProperties properties = new BooksProperties(Duration.ofDays(2),
                Map.of("acct_fees", new FeeRule(new BigDecimal("2.9"), 30)));
        projection = new BooksProjection(journal, transactions, properties);
        queries = new BooksQueryHandlers(journal, transactions);
        check = new BooksCheck(new JdbcTemplate(postgres.getPostgresDatabase()), new SimpleMeterRegistry());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private void given(PaymentIntentEvent... events) {
        for (PaymentIntentEvent event : events) {
            projection.on(event, T0.plusSeconds(sequence), sequence++);
        }
    }

    @Test
    void booksAPartialCaptureAndRefundsAndChecksThemOnPostgres() {
        String id = anyIntentId();
        given(created(id, account, 2_000, "usd"), authorized(id, account, 2_000), succeeded(id, account, 1_500, 500),
                refunded(id, account, "re_p" + id, 400, RefundStatus.PENDING), refundFailed(id, account, "re_p" + id, 400),
                refunded(id, account, "re_s" + id, 300, RefundStatus.SUCCEEDED));

        assertThat(queries.handle(new ListJournalEntries(account, id)).data()).extracting(JournalEntryView::kind)
                .containsExactly("authorization", "capture", "refund", "refund_failure", "refund");
        List<TrialBalanceLine> lines = queries.handle(new FindTrialBalance(account, T0.plusSeconds(60))).lines();
        assertThat(lines).extracting(TrialBalanceLine::ledgerAccount).containsExactly("card_clearing",
                "merchant_balance");
        assertThat(lines.get(0).debitsPosted()).isEqualTo(1_900);
        assertThat(lines.get(0).creditsPosted()).isEqualTo(700);
        assertThat(lines.get(0).debitsPending()).isZero();
        Instant endOfDay = T0.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).minusNanos(1_000);
        assertThat(queries.handle(new FindTrialBalance(account, endOfDay)).lines()).as("the day's totals")
                .isEqualTo(lines);
        BalanceView balance = queries.handle(new FindBalance(account));
        assertThat(balance.available().get(0).amount() + balance.pending().get(0).amount()).isEqualTo(1_200);

        BalanceTransactionPage first = queries.handle(new ListBalanceTransactions(account, null, null, null, "usd", 2,
                null, null));
        assertThat(first.hasMore()).isTrue();
        BalanceTransactionPage rest = queries.handle(new ListBalanceTransactions(account, null, null, null, null, 10,
                first.data().get(1).id(), null));
        assertThat(rest.data()).hasSize(2).extracting(BalanceTransactionView::type).contains("charge");
        assertThat(queries.handle(new ListBalanceTransactions(account, null, "refund_failure", "re_p" + id, null, 10,
                null, null)).data()).extracting(BalanceTransactionView::id)
                .containsExactly(BalanceTransactionIds.of("refund_failure", "re_p" + id));

        // No refund rows here (the charges projection is not running): the check names exactly that.
        BooksCheckResult result = check.run();
        assertThat(result.discrepancies()).containsExactly(id + ": refunds (not failed) 0, journal refunded 300");
    }

    @Test
    void takesTheAccountsFeeRoundedHalfUp() {
        String id = anyIntentId();
        projection.on(created(id, "acct_fees", 1_500, "eur"), T0, 0);
        projection.on(succeeded(id, "acct_fees", 1_500, 0), T0.plusSeconds(1), 1);

        BalanceTransactionView charge = queries.handle(new ListBalanceTransactions("acct_fees", null, "charge", null,
                null, 10, null, null)).data().get(0);
        assertThat(charge.fee()).isEqualTo(74);
        assertThat(charge.net()).isEqualTo(1_426);
        assertThat(queries.handle(new FindTrialBalance("acct_fees", T0.plusSeconds(1))).lines())
                .filteredOn(line -> line.ledgerAccount().equals("fee_revenue")).singleElement()
                .extracting(TrialBalanceLine::creditsPosted).isEqualTo(74L);
    }
}
