package io.paymentledger.query.books;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves the books (docs/books.md, "The books check"): debits equal credits per currency and phase over all
 * postings and within every entry; per intent, the journal's captured and pending amounts equal the PaymentIntent
 * view's and its refunded amount the refund table's; per account and currency, the merchant balance's posted
 * balance equals the sum of the balance transactions' net; every day's totals (books_day, balance_transaction_day)
 * equal the sums of that day's postings and balance transactions. Meaningful once the projections have caught up (the
 * replay runs it when they have). Each run is logged, counted in {@code ledger.books.checks} (tag {@code result})
 * and leaves its number of discrepancies in the gauge {@code ledger.books.discrepancies}.
 */
@Component
public class BooksCheck {

    private static final Logger log = LoggerFactory.getLogger(BooksCheck.class);
    private static final int SHOWN = 20;
    private static final String SIGNED = "SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END)";
    private static final String EXPECTED_PENDING = "CASE WHEN v.status = 'requires_capture' THEN v.amount_capturable "
            + "WHEN v.status = 'processing' THEN v.amount ELSE 0 END";

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final AtomicLong discrepancies = new AtomicLong();
    private final Clock clock = Clock.systemUTC();

    BooksCheck(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        Gauge.builder("ledger.books.discrepancies", discrepancies, AtomicLong::get)
                .description("Discrepancies found by the latest books check").register(meters);
    }

    public BooksCheckResult run() {
        List<String> found = new ArrayList<>();
        collect(found, "SELECT currency, phase, " + SIGNED + " FROM books_posting GROUP BY currency, phase "
                + "HAVING " + SIGNED + " <> 0", "debits minus credits of %s %s postings is %s, not 0");
        collect(found, "SELECT entry_id, phase, " + SIGNED + " FROM books_posting GROUP BY entry_id, phase "
                + "HAVING " + SIGNED + " <> 0", "journal entry %s: debits minus credits of its %s postings is %s");
        collect(found, "SELECT v.id, v.amount_received, COALESCE(j.captured, 0), " + EXPECTED_PENDING
                + ", COALESCE(j.pending, 0) FROM payment_intent_view v LEFT JOIN (SELECT payment_intent_id, "
                + "SUM(CASE WHEN phase = 'posted' AND kind IN ('capture', 'charge') THEN amount ELSE 0 END) captured, "
                + "SUM(CASE WHEN phase = 'pending' THEN amount ELSE 0 END) pending FROM books_posting "
                + "WHERE ledger_account = 'card_clearing' AND side = 'debit' GROUP BY payment_intent_id) j "
                + "ON j.payment_intent_id = v.id WHERE v.amount_received <> COALESCE(j.captured, 0) OR "
                + EXPECTED_PENDING + " <> COALESCE(j.pending, 0)",
                "%s: amount_received %s, journal captured %s; expected pending %s, journal pending %s");
        collect(found, "SELECT b.payment_intent_id, COALESCE(r.refunded, 0), COALESCE(j.refunded, 0) "
                + "FROM books_intent b LEFT JOIN (SELECT payment_intent_id, SUM(amount) refunded FROM refund "
                + "WHERE status <> 'failed' GROUP BY payment_intent_id) r ON r.payment_intent_id = b.payment_intent_id "
                + "LEFT JOIN (SELECT payment_intent_id, SUM(CASE WHEN kind = 'refund' THEN amount ELSE -amount END) "
                + "refunded FROM books_posting WHERE ledger_account = 'card_clearing' AND phase = 'posted' AND "
                + "((kind = 'refund' AND side = 'credit') OR (kind = 'refund_failure' AND side = 'debit')) "
                + "GROUP BY payment_intent_id) j ON j.payment_intent_id = b.payment_intent_id "
                + "WHERE COALESCE(r.refunded, 0) <> COALESCE(j.refunded, 0)",
                "%s: refunds (not failed) %s, journal refunded %s");
        collect(found, "SELECT r.id, r.payment_intent_id FROM refund r WHERE NOT EXISTS (SELECT 1 FROM books_intent b "
                + "WHERE b.payment_intent_id = r.payment_intent_id)", "refund %s of %s is not in the books");
        collect(found, "SELECT a.account_id, a.currency, a.balance, COALESCE(t.net, 0) FROM (SELECT account_id, "
                + "currency, -" + SIGNED + " balance FROM books_posting WHERE ledger_account = 'merchant_balance' "
                + "AND phase = 'posted' GROUP BY account_id, currency) a LEFT JOIN (SELECT account_id, currency, "
                + "SUM(net) net FROM balance_transaction GROUP BY account_id, currency) t "
                + "ON t.account_id = a.account_id AND t.currency = a.currency WHERE a.balance <> COALESCE(t.net, 0)",
                "%s %s: merchant balance posted %s, balance transactions' net %s");
        // Each day's postings less its totals, per ledger account: anything but zero is a discrepancy.
        collect(found, "SELECT account_id, currency, ledger_account, created_on FROM (SELECT account_id, currency, "
                + "ledger_account, CAST(created AS DATE) AS created_on, " + sum("debit", "pending") + " dp, "
                + sum("debit", "posted") + " dpo, " + sum("credit", "pending") + " cp, " + sum("credit", "posted")
                + " cpo FROM books_posting GROUP BY account_id, currency, ledger_account, CAST(created AS DATE) "
                + "UNION ALL SELECT account_id, currency, ledger_account, created_on, -debits_pending, -debits_posted, "
                + "-credits_pending, -credits_posted FROM books_day) t GROUP BY account_id, currency, ledger_account, "
                + "created_on HAVING SUM(dp) <> 0 OR SUM(dpo) <> 0 OR SUM(cp) <> 0 OR SUM(cpo) <> 0",
                "%s %s %s on %s: the day's totals (books_day) differ from its postings");
        collect(found, "SELECT account_id, currency, created_on FROM (SELECT account_id, currency, "
                + "CAST(created AS DATE) AS created_on, SUM(CASE WHEN type = 'charge' THEN amount ELSE 0 END) captured, "
                + "SUM(CASE WHEN type LIKE 'refund%' THEN -amount ELSE 0 END) refunded, SUM(net) net "
                + "FROM balance_transaction GROUP BY account_id, currency, CAST(created AS DATE) UNION ALL "
                + "SELECT account_id, currency, created_on, -captured, -refunded, -net FROM balance_transaction_day) t "
                + "GROUP BY account_id, currency, created_on "
                + "HAVING SUM(captured) <> 0 OR SUM(refunded) <> 0 OR SUM(net) <> 0",
                "%s %s on %s: the day's totals (balance_transaction_day) differ from its balance transactions");
        long entries = count("books_entry");
        long postings = count("books_posting");
        BooksCheckResult result = new BooksCheckResult(found.isEmpty(), clock.instant(), entries, postings,
                List.copyOf(found));
        report(result);
        return result;
    }

    private static String sum(String side, String phase) {
        return "SUM(CASE WHEN side = '" + side + "' AND phase = '" + phase + "' THEN amount ELSE 0 END)";
    }

    private void report(BooksCheckResult result) {
        discrepancies.set(result.discrepancies().size());
        Counter.builder("ledger.books.checks").tag("result", result.passed() ? "passed" : "failed")
                .description("Books checks run").register(meters).increment();
        if (result.passed()) {
            log.info("Books check passed: {} journal entries, {} postings; debits equal credits in every currency "
                    + "and the journal agrees with the intents, refunds and balance transactions",
                    result.entries(), result.postings());
        } else {
            log.warn("Books check FAILED with {} discrepancies, first: {}", result.discrepancies().size(),
                    result.discrepancies().get(0));
        }
    }

    private void collect(List<String> found, String sql, String format) {
        jdbc.query(sql + " LIMIT " + SHOWN, rs -> {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            found.add(String.format(format, values));
        });
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }
}
