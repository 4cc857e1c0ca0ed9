package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.refund.ChargeDetailView;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds show on the intent's latest charge (amount_refunded, refunded), in the view and in as_of alike. */
class PaymentIntentStateRefundTest {

    private static final String ID = "pi_0000000000000000000000ab";
    private static final String ACCOUNT = "acct_state";
    private static final String CHARGE = "ch_" + ID.substring(3);

    private static PaymentIntentView fold(Object... events) {
        PaymentIntentView view = null;
        for (int i = 0; i < events.length; i++) {
            view = PaymentIntentState.apply(view, events[i], T0.plusSeconds(i), i);
        }
        return view;
    }

    private static RefundCreated refund(String refundId, long amount) {
        return new RefundCreated(ID, ACCOUNT, CHARGE, refundId, amount, "usd", RefundReason.DUPLICATE, Map.of(),
                RefundStatus.PENDING);
    }

    @Test
    void refundsAddUpOnTheLatestChargeAndAFailedOneGivesItsAmountBack() {
        PaymentIntentView partly = fold(created(ID, ACCOUNT, 2_000, "usd"), attached(ID, ACCOUNT),
                succeeded(ID, ACCOUNT, 2_000, 0), refund("re_1", 1_500));
        assertThat(partly.latestCharge().amountRefunded()).isEqualTo(1_500);
        assertThat(ChargeDetailView.latestOf(partly).refunded()).isFalse();

        PaymentIntentView whole = fold(created(ID, ACCOUNT, 2_000, "usd"), attached(ID, ACCOUNT),
                succeeded(ID, ACCOUNT, 2_000, 0), refund("re_1", 1_500), refund("re_2", 500));
        assertThat(ChargeDetailView.latestOf(whole).refunded()).isTrue();

        PaymentIntentView failed = fold(created(ID, ACCOUNT, 2_000, "usd"), attached(ID, ACCOUNT),
                succeeded(ID, ACCOUNT, 2_000, 0), refund("re_1", 1_500),
                new RefundFailed(ID, ACCOUNT, CHARGE, "re_1", 1_500, "expired_or_canceled_card"));
        assertThat(failed.latestCharge().amountRefunded()).isZero();
        assertThat(failed.status()).isEqualTo(partly.status());
    }
}
