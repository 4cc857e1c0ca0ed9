package io.paymentledger.command.paymentintent;

import java.math.BigInteger;
import java.util.List;

import io.paymentledger.messages.paymentintent.TransferPlan;

/**
 * How transfers follow their charge's money (docs/api.md §19.4), as pure arithmetic rounded down to a minor unit:
 * a capture of less than the planned total scales every transfer down, and a refund reverses the same share of
 * every transfer. Reversals are computed on the cumulative refunded amount, so a full refund reverses the whole
 * transfer and the reversals of a transfer never add up to more than it.
 */
final class TransferShares {

    private TransferShares() {
    }

    /** The transfers of a capture of {@code received}: as planned when it covers them, else scaled down. */
    static List<TransferPlan> forCapture(List<TransferPlan> planned, long received) {
        long total = planned.stream().mapToLong(TransferPlan::amount).sum();
        if (total <= received) {
            return planned;
        }
        return planned.stream()
                .map(plan -> new TransferPlan(plan.destination(), share(plan.amount(), received, total)))
                .filter(plan -> plan.amount() > 0).toList();
    }

    /** The part of a transfer that stands reversed once {@code refunded} of the {@code captured} charge is refunded. */
    static long reversedAfter(long transferAmount, long refunded, long captured) {
        return captured <= 0 ? 0 : share(transferAmount, Math.min(Math.max(refunded, 0), captured), captured);
    }

    private static long share(long amount, long part, long whole) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
                .longValueExact();
    }
}
