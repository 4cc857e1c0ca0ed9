package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.error.PaymentError;

import java.time.YearMonth;
import java.util.Optional;

/** Checks raw card data the way a card network would before any authorization: number, expiry, CVC. */
final class CardValidator {

    /** Expiry years are four digits (Stripe's {@code exp_year}); anything larger is not a date on a card. */
    private static final int MAX_EXPIRY_YEAR = 9999;

    private CardValidator() {
    }

    static Optional<PaymentError> validate(String number, CardData card, YearMonth now) {
        if (!isLuhnValid(number)) {
            return Optional.of(CardErrors.incorrectNumber());
        }
        Integer month = card.expMonth();
        if (month == null || month < 1 || month > 12) {
            return Optional.of(CardErrors.invalidExpiryMonth());
        }
        Integer year = card.expYear();
        if (year == null || year < now.getYear() || year > MAX_EXPIRY_YEAR || YearMonth.of(year, month).isBefore(now)) {
            return Optional.of(CardErrors.invalidExpiryYear());
        }
        if (card.cvc() != null && !card.cvc().matches("\\d{3,4}")) {
            return Optional.of(CardErrors.invalidCvc());
        }
        return Optional.empty();
    }

    static boolean isLuhnValid(String number) {
        if (number == null || !number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
