package io.paymentledger.query.books;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An account's fee on each capture: {@code percent} of the amount (a decimal such as 2.9) rounded half up to a whole
 * minor unit, plus {@code fixed} minor units, never more than the amount captured. Integer and BigDecimal arithmetic only.
 */
public record FeeRule(BigDecimal percent, long fixed) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeeRule {
        percent = percent == null ? BigDecimal.ZERO : percent;
        if (percent.signum() < 0 || fixed < 0) {
            throw new IllegalArgumentException("ledger.books.fees: percent and fixed must not be negative");
        }
    }

    long feeOf(long amount) {
        long proportional = BigDecimal.valueOf(amount).multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        return Math.min(amount, Math.addExact(proportional, fixed));
    }
}
