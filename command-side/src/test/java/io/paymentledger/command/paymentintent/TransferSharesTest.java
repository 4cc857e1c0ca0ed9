package io.paymentledger.command.paymentintent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.paymentledger.messages.paymentintent.TransferPlan;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The arithmetic of transfers (docs/api.md §19.4): rounded down, never more than the transfer or the capture. */
class TransferSharesTest {

    @Property
    void reversalsFollowTheRefundedShareAndNeverExceedTheTransfer(
            @ForAll @LongRange(min = 1, max = 99_999_999) long captured,
            @ForAll @IntRange(min = 1, max = 100) int transferPercent,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 100) Integer> refundPercents) {
        long transfer = Math.max(1, captured * transferPercent / 100);
        long refunded = 0;
        long reversed = 0;
        for (int percent : refundPercents) {
            refunded = Math.min(captured, refunded + Math.max(1, captured * percent / 100));
            long after = TransferShares.reversedAfter(transfer, refunded, captured);
            assertThat(after).isGreaterThanOrEqualTo(reversed).isLessThanOrEqualTo(transfer);
            // Rounded down: the transfer's reversed share is at most the charge's refunded share.
            assertThat(after * captured).isLessThanOrEqualTo(transfer * refunded);
            reversed = after;
        }
        assertThat(TransferShares.reversedAfter(transfer, captured, captured)).isEqualTo(transfer);
    }

    @Property
    void aSmallerCaptureScalesTheTransfersDownWithinIt(
            @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 1, max = 20_000) Long> amounts,
            @ForAll @LongRange(min = 1, max = 100_000) long received) {
        List<TransferPlan> planned = amounts.stream().map(a -> new TransferPlan("acct_" + a, a)).toList();
        List<TransferPlan> made = TransferShares.forCapture(planned, received);
        long total = amounts.stream().mapToLong(Long::longValue).sum();
        assertThat(made.stream().mapToLong(TransferPlan::amount).sum()).isLessThanOrEqualTo(Math.min(total, received));
        if (received >= total) {
            assertThat(made).isEqualTo(planned);
        }
        assertThat(made).allSatisfy(plan -> assertThat(plan.amount()).isPositive());
    }
}
