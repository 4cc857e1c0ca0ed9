package io.paymentledger.query.books;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fee rule of docs/books.md: percent rounded half up to a minor unit, plus fixed, at most the amount. */
class FeeRuleTest {

    @Test
    void roundsTheProportionalPartHalfUp() {
        assertThat(new FeeRule(new BigDecimal("2.9"), 30).feeOf(1_500)).isEqualTo(74);
        assertThat(new FeeRule(new BigDecimal("2.9"), 30).feeOf(1_499)).isEqualTo(73);
        assertThat(new FeeRule(new BigDecimal("1"), 0).feeOf(50)).isEqualTo(1);
        assertThat(new FeeRule(new BigDecimal("1"), 0).feeOf(49)).isZero();
    }

    @Test
    void neverTakesMoreThanTheAmount() {
        assertThat(new FeeRule(new BigDecimal("2.9"), 30).feeOf(20)).isEqualTo(20);
        assertThat(new FeeRule(null, 0).feeOf(1_000)).isZero();
    }

    @Test
    void refusesNegativeRules() {
        assertThatThrownBy(() -> new FeeRule(new BigDecimal("-1"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeRule(BigDecimal.ONE, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
