package io.paymentledger.query.charge;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CreatedRange;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentintent.RefundUpdated;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.ChargePage;
import io.paymentledger.messages.refund.FindCharge;
import io.paymentledger.messages.refund.FindRefund;
import io.paymentledger.messages.refund.ListCharges;
import io.paymentledger.messages.refund.ListRefunds;
import io.paymentledger.messages.refund.RefundPage;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuerySideTest
class ChargeProjectionTest {

    private final String account = anyAccountId();

    @Autowired
    ChargeProjection projection;

    @Autowired
    ChargeQueryHandlers queries;

    private long sequence;
    private long tick;

    private void given(PaymentIntentEvent... events) {
        for (PaymentIntentEvent event : events) {
            projection.on(event, T0.plusSeconds(tick++), sequence++);
        }
    }

    private String captured(long amount) {
        String id = anyIntentId();
        sequence = 0;
        given(created(id, account, amount, "usd"), attached(id, account), succeeded(id, account, amount, 0));
        return id;
    }

    private static String chargeOf(String intentId) {
        return "ch_" + intentId.substring(3);
    }

    private RefundCreated refund(String intentId, String refundId, long amount, RefundStatus status) {
        return new RefundCreated(intentId, account, chargeOf(intentId), refundId, amount, "usd",
                RefundReason.DUPLICATE, Map.of("k", "v"), status);
    }

    private ChargeDetailView charge(String intentId) {
        return queries.handle(new FindCharge(account, chargeOf(intentId))).orElseThrow();
    }

    @Test
    void aCaptureMakesACapturedChargeWithTheCardCharged() {
        String id = captured(2_000);

        ChargeDetailView charge = charge(id);
        assertThat(charge.paymentIntentId()).isEqualTo(id);
        assertThat(charge.amount()).isEqualTo(2_000);
        assertThat(charge.amountCaptured()).isEqualTo(2_000);
        assertThat(charge.captured()).isTrue();
        assertThat(charge.status()).isEqualTo("succeeded");
        assertThat(charge.card().last4()).isEqualTo("4242");
        assertThat(charge.created()).isEqualTo(T0.plusSeconds(2));
        assertThat(charge.refunded()).isFalse();
    }

    @Test
    void aDeclineMakesAFailedChargeWithItsCodes() {
        String id = anyIntentId();
        sequence = 0;
        given(created(id, account, 2_000, "usd"), attached(id, account), declined(id, account));

        ChargeDetailView charge = queries.handle(new FindCharge(account, "ch_f" + id.substring(3))).orElseThrow();
        assertThat(charge.status()).isEqualTo("failed");
        assertThat(charge.failureCode()).isEqualTo(PaymentErrorCode.CARD_DECLINED.wireName());
        assertThat(charge.declineCode()).isEqualTo("insufficient_funds");
        assertThat(charge.captured()).isFalse();
    }

    @Test
    void refundsAddUpOnTheChargeAndAFailedOneGivesItsAmountBack() {
        String id = captured(2_000);
        given(refund(id, "re_a" + id, 1_500, RefundStatus.SUCCEEDED), refund(id, "re_b" + id, 500, RefundStatus.PENDING));
        assertThat(charge(id).amountRefunded()).isEqualTo(2_000);
        assertThat(charge(id).refunded()).isTrue();
        assertThat(charge(id).refunds()).extracting(RefundView::id).containsExactlyInAnyOrder("re_a" + id, "re_b" + id);

        given(new RefundFailed(id, account, chargeOf(id), "re_b" + id, 500, "expired_or_canceled_card"));

        assertThat(charge(id).amountRefunded()).isEqualTo(1_500);
        assertThat(charge(id).refunded()).isFalse();
        RefundView failed = queries.handle(new FindRefund(account, "re_b" + id)).orElseThrow();
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("expired_or_canceled_card");
    }

    @Test
    void cancelingAnAuthorizationShowsTheUncapturedChargeRefunded() {
        String id = anyIntentId();
        sequence = 0;
        given(created(id, account, 2_000, "usd"), attached(id, account), authorized(id, account, 2_000),
                canceled(id, account, 2_000));

        ChargeDetailView charge = charge(id);
        assertThat(charge.captured()).isFalse();
        assertThat(charge.amountRefunded()).isEqualTo(2_000);
        assertThat(charge.refunded()).isTrue();
        assertThat(charge.refunds()).isEmpty();
    }

    @Test
    void redeliveredRefundEventsCountOnce() {
        String id = captured(2_000);
        given(refund(id, "re_a" + id, 700, RefundStatus.SUCCEEDED));
        projection.on(refund(id, "re_a" + id, 700, RefundStatus.SUCCEEDED), T0, 3);

        assertThat(charge(id).amountRefunded()).isEqualTo(700);
    }

    @Test
    void anUpdateChangesTheRefundsMetadata() {
        String id = captured(2_000);
        given(refund(id, "re_a" + id, 700, RefundStatus.SUCCEEDED),
                new RefundUpdated(id, account, chargeOf(id), "re_a" + id, Map.of("order", "7")));

        assertThat(queries.handle(new FindRefund(account, "re_a" + id)).orElseThrow().metadata())
                .isEqualTo(Map.of("order", "7"));
    }

    @Test
    void anotherAccountSeesNeitherChargeNorRefund() {
        String id = captured(2_000);
        given(refund(id, "re_a" + id, 700, RefundStatus.SUCCEEDED));

        assertThat(queries.handle(new FindCharge("acct_other", chargeOf(id)))).isEmpty();
        assertThat(queries.handle(new FindRefund("acct_other", "re_a" + id))).isEmpty();
    }

    @Test
    void listsNewestFirstWithCursorsAndFilters() {
        String first = captured(1_000);
        String second = captured(2_000);
        given(refund(second, "re_1" + second, 100, RefundStatus.SUCCEEDED),
                refund(second, "re_2" + second, 200, RefundStatus.SUCCEEDED));

        ChargePage page = queries.handle(new ListCharges(account, null, null, 1, null, null));
        assertThat(page.data()).extracting(ChargeDetailView::paymentIntentId).containsExactly(second);
        assertThat(page.hasMore()).isTrue();
        ChargePage next = queries.handle(new ListCharges(account, null, null, 1, chargeOf(second), null));
        assertThat(next.data()).extracting(ChargeDetailView::paymentIntentId).containsExactly(first);
        assertThat(next.hasMore()).isFalse();
        ChargePage back = queries.handle(new ListCharges(account, null, null, 1, null, chargeOf(first)));
        assertThat(back.data()).extracting(ChargeDetailView::paymentIntentId).containsExactly(second);
        assertThat(queries.handle(new ListCharges(account, first, null, 10, null, null)).data()).hasSize(1);

        RefundPage refunds = queries.handle(new ListRefunds(account, second, null, null, 10, null, null));
        assertThat(refunds.data()).extracting(RefundView::id).containsExactly("re_2" + second, "re_1" + second);
        assertThat(queries.handle(new ListRefunds(account, null, chargeOf(first), null, 10, null, null)).data())
                .isEmpty();
        long firstRefundCreated = T0.plusSeconds(6).getEpochSecond();
        assertThat(queries.handle(new ListRefunds(account, null, null,
                new CreatedRange(firstRefundCreated, null, null, null), 10, null, null)).data())
                .extracting(RefundView::id).containsExactly("re_2" + second);
    }

    @Test
    void refusesAnUnknownCursor() {
        assertThatThrownBy(() -> queries.handle(new ListRefunds(account, null, null, null, 10, "re_missing", null)))
                .isInstanceOf(QueryExecutionException.class);
    }

    @Test
    void aResetEmptiesTheReadModel() {
        String id = captured(2_000);
        projection.reset();
        assertThat(queries.handle(new FindCharge(account, chargeOf(id)))).isEmpty();
        assertThat(queries.handle(new ListCharges(account, null, null, 10, null, null)).data()).isEqualTo(List.of());
    }
}
