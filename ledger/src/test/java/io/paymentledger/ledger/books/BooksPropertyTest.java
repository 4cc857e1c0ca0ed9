package io.paymentledger.ledger.books;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Balance;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import io.paymentledger.ledger.LedgerApplication;
import io.paymentledger.query.admin.ReadModelReplay;
import io.paymentledger.query.books.BooksCheck;
import io.paymentledger.query.books.BooksCheckResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Random sequences of create, confirm (cards that succeed, are declined, settle asynchronously or whose refunds
 * fail), partial capture, cancel, the 7-day expiry (every due deadline fires), and partial refunds over two
 * accounts and three currencies, some of them paid through the resource-name API with a transfer to the other
 * account, through a whole ledger of its own. After every step: each account's trial balance balances,
 * {@code /v1/balance} equals the balance transactions' net by status, the journal agrees with the touched intent's
 * amounts and refunds, transfers net to zero over the accounts and no account got back more than it was sent, and
 * the books check passes.
 */
class BooksPropertyTest {

    private static final String[] KEYS = {"sk_test_booksProp000001", "sk_test_booksProp000002"};
    private static final String[] ACCOUNTS = {"acct_books_prop_a", "acct_books_prop_b"};
    private static final List<String> CURRENCIES = List.of("usd", "eur", "jpy");
    private static final List<String> CARDS = List.of("pm_card_visa", "pm_card_chargeDeclined",
            "pm_card_refundFail", "pm_test_processing_succeeds", "pm_test_processing_fails");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext ledger;
    private static String baseUrl;

    enum Kind { CREATE, CONFIRM, CAPTURE, CANCEL, EXPIRE, REFUND }

    /** An intent this property created, and the index of its account's key. */
    record Created(String id, int account) {
    }

    /** One step: {@code target} picks an intent created earlier, {@code share} a part of an amount (1–100 %). */
    record Step(Kind kind, int account, String currency, long amount, boolean manual, String card, int target,
                int share) {
    }

    @BeforeContainer
    static void startLedger() throws IOException {
        // As command-line arguments: they win over application.yml, as the operator's settings do.
        ledger = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--ledger.data-dir=" + Files.createTempDirectory("ledger-books-prop-"),
                "--server.port=0",
                "--ledger.gateway.api-keys=" + KEYS[0] + "=acct_books_prop_a," + KEYS[1] + "=acct_books_prop_b",
                "--ledger.books.fees.acct_books_prop_a.percent=1.5",
                "--ledger.books.fees.acct_books_prop_a.fixed=25",
                "--ledger.payments.settlement-delay=1h",
                "--ledger.payments.refund-settlement-delay=1h",
                "--db-scheduler.polling-interval=100ms");
        baseUrl = "http://localhost" + ":" + ((ServletWebServerApplicationContext) ledger).getWebServer().getPort();
    }

    @AfterContainer
    static void stopLedger() {
        ledger.close();
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void theBooksAddUpAfterEveryStep(@ForAll("steps") List<Step> steps) throws Exception {
        Stripe.overrideApiBase(baseUrl);
        List<Created> intents = new ArrayList<>();
        for (Step step : steps) {
            Created touched = apply(step, intents);
            awaitProjections();
            // A processor may report its position just before its batch commits: allow that commit to land.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                for (int account = 0; account < KEYS.length; account++) {
                    assertTrialBalanceBalances(account);
                    assertBalanceIsTheNetOfTheTransactions(account);
                }
                assertTransfersNetToZeroAndReversalsStayWithinThem();
                assertJournalAgrees(touched);
                BooksCheckResult check = ledger.getBean(BooksCheck.class).run();
                assertThat(check.discrepancies()).as("books check after " + step).isEmpty();
            });
        }
        for (Created intent : intents) {
            assertJournalAgrees(intent);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.frequency(Tuple.of(3, Kind.CREATE), Tuple.of(4, Kind.CONFIRM), Tuple.of(3, Kind.CAPTURE),
                        Tuple.of(1, Kind.CANCEL), Tuple.of(1, Kind.EXPIRE), Tuple.of(3, Kind.REFUND)),
                Arbitraries.integers().between(0, KEYS.length - 1), Arbitraries.of(CURRENCIES),
                Arbitraries.longs().between(100, 50_000), Arbitraries.of(true, false), Arbitraries.of(CARDS),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 100))
                .as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(14);
    }

    private Created apply(Step step, List<Created> intents) throws Exception {
        if ((step.kind() == Kind.CREATE || intents.isEmpty()) && step.share() % 3 == 0) {
            intents.add(new Created(createWithTransfer(step), step.account()));
            return intents.get(intents.size() - 1);
        }
        if (step.kind() == Kind.CREATE || intents.isEmpty()) {
            // Half of them confirmed at once; a declined one exists all the same.
            boolean confirm = step.share() % 2 == 0;
            try {
                PaymentIntent created = PaymentIntent.create(PaymentIntentCreateParams.builder()
                        .setAmount(step.amount()).setCurrency(step.currency()).setPaymentMethod(step.card())
                        .setCaptureMethod(step.manual() ? PaymentIntentCreateParams.CaptureMethod.MANUAL
                                : PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
                        .addPaymentMethodType("card").setConfirm(confirm).build(), as(step.account()));
                intents.add(new Created(created.getId(), step.account()));
            } catch (StripeException declined) {
                intents.add(new Created(declined.getStripeError().getPaymentIntent().getId(), step.account()));
            }
            return intents.get(intents.size() - 1);
        }
        Created target = intents.get(step.target() % intents.size());
        RequestOptions key = as(target.account());
        try {
            PaymentIntent current = PaymentIntent.retrieve(target.id(), key);
            switch (step.kind()) {
                case CONFIRM -> current.confirm(PaymentIntentConfirmParams.builder().setPaymentMethod(step.card())
                        .build(), key);
                case CAPTURE -> current.capture(PaymentIntentCaptureParams.builder()
                        .setAmountToCapture(Math.max(1, current.getAmountCapturable() * step.share() / 100)).build(),
                        key);
                case CANCEL -> current.cancel(PaymentIntentCancelParams.builder().build(), key);
                case EXPIRE -> timePasses();
                case REFUND -> Refund.create(RefundCreateParams.builder().setPaymentIntent(target.id())
                        .setAmount(Math.max(1, current.getAmountReceived() * step.share() / 100)).build(), key);
                default -> throw new IllegalStateException("unreachable: " + step);
            }
        } catch (StripeException refused) {
            // A step the intent's state does not allow, or a decline: refused, and it moves no money.
        }
        return target;
    }

    /** A payment of the resource-name API that sends part of itself to the other account (docs/api.md §19.4). */
    private static String createWithTransfer(Step step) throws Exception {
        String account = ACCOUNTS[step.account()];
        long transfer = Math.max(1, step.amount() * (step.share() % 50 + 1) / 100);
        String body = "{\"amount\":\"" + step.amount() + "\",\"currency\":\"" + step.currency() + "\","
                + "\"capture_method\":\"" + (step.manual() ? "MANUAL" : "AUTOMATIC") + "\",\"payment_method\":"
                + "\"accounts/" + account + "/payment-methods/" + step.card() + "\",\"transfers\":[{\"destination\":"
                + "\"accounts/" + ACCOUNTS[1 - step.account()] + "\",\"amount\":\"" + transfer + "\"}]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/accounts/"
                        + account + "/payment-intents")).header("Authorization", "Bearer " + KEYS[step.account()])
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("name").asText().replaceAll(".*/", "");
    }

    /** Over all accounts the transfers' clearing nets to zero; reversals never exceed what was sent. */
    private static void assertTransfersNetToZeroAndReversalsStayWithinThem() {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.getBean(DataSource.class));
        assertThat(jdbc.queryForList("SELECT currency FROM books_posting WHERE ledger_account = 'transfer_clearing' "
                + "GROUP BY currency, phase HAVING SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END) <> 0",
                String.class)).as("currencies whose transfer clearing does not net to zero").isEmpty();
        assertThat(jdbc.queryForList("SELECT account_id FROM balance_transaction WHERE type IN ('transfer', "
                + "'transfer_refund') GROUP BY account_id, currency HAVING SUM(CASE WHEN type = 'transfer_refund' "
                + "AND amount > 0 THEN amount ELSE 0 END) > SUM(CASE WHEN type = 'transfer' AND amount < 0 "
                + "THEN -amount ELSE 0 END)", String.class))
                .as("accounts that got back more of their transfers than they sent").isEmpty();
    }

    /** Seven days pass: every due and future deadline (expiry, settlement, refund failure) fires now. */
    private static void timePasses() {
        JdbcTemplate jdbc = new JdbcTemplate(ledger.getBean(DataSource.class));
        jdbc.update("UPDATE scheduled_tasks SET execution_time = CURRENT_TIMESTAMP - INTERVAL '1' SECOND "
                + "WHERE task_name LIKE 'Axon%'");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks "
                + "WHERE task_name LIKE 'Axon%' AND execution_time <= CURRENT_TIMESTAMP", Long.class) == 0);
    }

    private static void awaitProjections() {
        ReadModelReplay processors = ledger.getBean(ReadModelReplay.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(processors::caughtUp);
    }

    private void assertTrialBalanceBalances(int account) throws Exception {
        JsonNode trialBalance = get("/v1/books/trial_balance", KEYS[account]);
        assertThat(trialBalance.get("balanced").asBoolean()).as(trialBalance.toString()).isTrue();
    }

    private void assertBalanceIsTheNetOfTheTransactions(int account) throws StripeException {
        Map<String, Long> available = new HashMap<>();
        Map<String, Long> pending = new HashMap<>();
        BalanceTransaction.list(BalanceTransactionListParams.builder().setLimit(100L).build(), as(account))
                .autoPagingIterable().forEach(txn -> {
                    available.merge(txn.getCurrency(), "available".equals(txn.getStatus()) ? txn.getNet() : 0, Long::sum);
                    pending.merge(txn.getCurrency(), "pending".equals(txn.getStatus()) ? txn.getNet() : 0, Long::sum);
                });
        Balance balance = Balance.retrieve(as(account));
        Map<String, Long> shownAvailable = new HashMap<>();
        balance.getAvailable().forEach(a -> shownAvailable.put(a.getCurrency(), a.getAmount()));
        Map<String, Long> shownPending = new HashMap<>();
        balance.getPending().forEach(p -> shownPending.put(p.getCurrency(), p.getAmount()));
        assertThat(shownAvailable).isEqualTo(available);
        assertThat(shownPending).isEqualTo(pending);
    }

    /** The journal of one intent: captured, still pending and refunded as the intent and its refunds say. */
    private void assertJournalAgrees(Created intent) throws Exception {
        RequestOptions key = as(intent.account());
        PaymentIntent current = PaymentIntent.retrieve(intent.id(), key);
        long captured = 0;
        long pending = 0;
        long refunded = 0;
        for (JsonNode entry : get("/v1/books/journal_entries?payment_intent=" + intent.id(), KEYS[intent.account()])
                .get("data")) {
            String kind = entry.get("kind").asText();
            for (JsonNode posting : entry.get("postings")) {
                if (!posting.get("ledger_account").asText().equals("card_clearing")) {
                    continue;
                }
                long amount = posting.get("amount").asLong();
                boolean debit = posting.get("side").asText().equals("debit");
                boolean posted = posting.get("phase").asText().equals("posted");
                if (debit && !posted) {
                    pending += amount;
                } else if (debit && (kind.equals("capture") || kind.equals("charge"))) {
                    captured += amount;
                } else if (!debit && kind.equals("refund")) {
                    refunded += amount;
                } else if (debit && kind.equals("refund_failure")) {
                    refunded -= amount;
                }
            }
        }
        long expectedPending = switch (current.getStatus()) {
            case "requires_capture" -> current.getAmountCapturable();
            case "processing" -> current.getAmount();
            default -> 0;
        };
        long refunds = 0;
        for (Refund refund : Refund.list(RefundListParams.builder().setPaymentIntent(intent.id()).setLimit(100L)
                .build(), key).getData()) {
            refunds += "failed".equals(refund.getStatus()) ? 0 : refund.getAmount();
        }
        assertThat(captured).as("captured of " + current.getId()).isEqualTo(current.getAmountReceived());
        assertThat(pending).as("pending of " + current.getId()).isEqualTo(expectedPending);
        assertThat(refunded).as("refunded of " + current.getId()).isEqualTo(refunds);
    }

    private static JsonNode get(String path, String key) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static RequestOptions as(int account) {
        return RequestOptions.builder().setApiKey(KEYS[account]).build();
    }
}
