package io.paymentledger.query.books;

import io.paymentledger.messages.books.BalanceAmount;
import io.paymentledger.messages.books.BalanceTransactionIds;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindBalanceTransaction;
import io.paymentledger.messages.books.FindTrialBalance;
import io.paymentledger.messages.books.JournalEntryView;
import io.paymentledger.messages.books.ListJournalEntries;
import io.paymentledger.messages.books.PostingView;
import io.paymentledger.messages.books.TrialBalanceLine;
import io.paymentledger.messages.books.TrialBalanceView;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.declined;
import static io.paymentledger.query.PaymentIntentEvents.processing;
import static io.paymentledger.query.PaymentIntentEvents.refundFailed;
import static io.paymentledger.query.PaymentIntentEvents.refunded;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The books projection: which event posts what (docs/books.md), balanced, idempotent, with balance transactions. */
@QuerySideTest
class BooksProjectionTest {

    private final String account = anyAccountId();

    @Autowired
    BooksProjection projection;

    @Autowired
    BooksQueryHandlers queries;

    private long sequence;
    private long tick;

    private void given(PaymentIntentEvent... events) {
        for (PaymentIntentEvent event : events) {
            projection.on(event, T0.plusSeconds(tick++), sequence++);
        }
    }

    private String intent(long amount) {
        String id = anyIntentId();
        sequence = 0;
        given(created(id, account, amount, "usd"), attached(id, account));
        return id;
    }

    private List<JournalEntryView> journal(String id) {
        return queries.handle(new ListJournalEntries(account, id)).data();
    }

    private TrialBalanceLine line(String ledgerAccount) {
        return trialBalance(T0.plus(Duration.ofDays(1))).lines().stream()
                .filter(l -> l.ledgerAccount().equals(ledgerAccount)).findFirst().orElseThrow();
    }

    private TrialBalanceView trialBalance(Instant asOf) {
        return queries.handle(new FindTrialBalance(account, asOf));
    }

    private static void assertBalanced(JournalEntryView entry) {
        for (String phase : List.of("pending", "posted")) {
            long debits = entry.postings().stream().filter(p -> p.phase().equals(phase) && p.side().equals("debit"))
                    .mapToLong(PostingView::amount).sum();
            long credits = entry.postings().stream().filter(p -> p.phase().equals(phase) && p.side().equals("credit"))
                    .mapToLong(PostingView::amount).sum();
            assertThat(debits).as("%s %s", entry.id(), phase).isEqualTo(credits);
        }
    }

    @Test
    void anAuthorizationIsAPendingTransferAndAPartialCapturePostsPartAndVoidsTheRest() {
        String id = intent(2_000);
        given(authorized(id, account, 2_000));
        assertThat(line("card_clearing").debitsPending()).isEqualTo(2_000);
        assertThat(line("merchant_balance").creditsPending()).isEqualTo(2_000);

        given(succeeded(id, account, 1_500, 500));

        List<JournalEntryView> entries = journal(id);
        assertThat(entries).extracting(JournalEntryView::kind).containsExactly("authorization", "capture");
        assertThat(entries.get(1).pendingEntryId()).isEqualTo(entries.get(0).id());
        entries.forEach(BooksProjectionTest::assertBalanced);
        TrialBalanceLine clearing = line("card_clearing");
        assertThat(clearing.debitsPending()).isZero();
        assertThat(clearing.debitsPosted()).isEqualTo(1_500);
        assertThat(line("merchant_balance").creditsPosted()).isEqualTo(1_500);
        assertThat(line("merchant_balance").creditsPending()).isZero();
    }

    @Test
    void aCancelVoidsTheAuthorizationAndADeclinePostsNothing() {
        String canceledId = intent(900);
        given(authorized(canceledId, account, 900), canceled(canceledId, account, 900));
        String declinedId = intent(700);
        given(declined(declinedId, account));

        assertThat(journal(canceledId)).extracting(JournalEntryView::kind).containsExactly("authorization", "void");
        assertThat(journal(declinedId)).isEmpty();
        assertThat(line("card_clearing").debitsPending()).isZero();
        assertThat(line("card_clearing").debitsPosted()).isZero();
    }

    @Test
    void aFailedAsynchronousAttemptVoidsItsPendingTransfer() {
        String id = intent(1_200);
        given(processing(id, account, 1_200), declined(id, account));

        assertThat(journal(id)).extracting(JournalEntryView::kind).containsExactly("processing", "void");
        assertThat(line("card_clearing").debitsPending()).isZero();
    }

    @Test
    void aRefundIsAPostedTransferBackAndAFailedRefundReversesIt() {
        String id = intent(3_000);
        given(succeeded(id, account, 3_000, 0), refunded(id, account, "re_1" + id, 1_000, RefundStatus.SUCCEEDED),
                refunded(id, account, "re_2" + id, 500, RefundStatus.PENDING),
                refundFailed(id, account, "re_2" + id, 500));

        assertThat(journal(id)).extracting(JournalEntryView::kind)
                .containsExactly("charge", "refund", "refund", "refund_failure");
        journal(id).forEach(BooksProjectionTest::assertBalanced);
        assertThat(line("merchant_balance").creditsPosted() - line("merchant_balance").debitsPosted())
                .isEqualTo(2_000);
        BalanceTransactionView charge = transaction(BalanceTransactionIds.ofCharge("ch_" + id.substring(3)));
        assertThat(charge.amount()).isEqualTo(3_000);
        assertThat(charge.net()).isEqualTo(3_000);
        assertThat(charge.availableOn()).isEqualTo(charge.created().plus(Duration.ofDays(2)));
        BalanceTransactionView refund = transaction(BalanceTransactionIds.ofRefund("re_1" + id));
        assertThat(refund.amount()).isEqualTo(-1_000);
        assertThat(refund.availableOn()).isEqualTo(refund.created());
        assertThat(transaction(BalanceTransactionIds.of("refund_failure", "re_2" + id)).net()).isEqualTo(500);
        // T0 is in the past: the charge's settlement delay has passed; refunds leave the available balance at once.
        assertThat(queries.handle(new FindBalance(account)).available()).containsExactly(new BalanceAmount("usd", 2_000));
        assertThat(queries.handle(new FindBalance(account)).pending()).containsExactly(new BalanceAmount("usd", 0));
    }

    @Test
    void aRedeliveredEventPostsNothingTwice() {
        String id = intent(1_000);
        given(succeeded(id, account, 1_000, 0));
        sequence--;
        given(succeeded(id, account, 1_000, 0));

        assertThat(journal(id)).hasSize(1);
        assertThat(line("card_clearing").debitsPosted()).isEqualTo(1_000);
    }

    @Test
    void theTrialBalanceAsOfAnInstantSeesOnlyWhatWasPostedByThen() {
        String id = intent(1_000);
        given(authorized(id, account, 1_000));
        Instant authorizedAt = T0.plusSeconds(tick - 1);
        given(succeeded(id, account, 1_000, 0));

        TrialBalanceView before = trialBalance(authorizedAt);
        assertThat(before.lines()).filteredOn(l -> l.ledgerAccount().equals("card_clearing"))
                .singleElement().satisfies(l -> {
                    assertThat(l.debitsPending()).isEqualTo(1_000);
                    assertThat(l.debitsPosted()).isZero();
                });
        assertThat(trialBalance(T0.minusSeconds(1)).lines()).isEmpty();
    }

    @Test
    void anotherAccountSeesNoneOfIt() {
        String id = intent(1_000);
        given(succeeded(id, account, 1_000, 0));

        assertThat(queries.handle(new ListJournalEntries(anyAccountId(), id)).data()).isEmpty();
        assertThat(queries.handle(new FindBalanceTransaction(anyAccountId(),
                BalanceTransactionIds.ofCharge("ch_" + id.substring(3))))).isEmpty();
    }

    private BalanceTransactionView transaction(String id) {
        return queries.handle(new FindBalanceTransaction(account, id)).orElseThrow();
    }
}
