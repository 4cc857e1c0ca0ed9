package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Test mode's tokenization (docs/api.md §5), with no storage: card data, {@code tok_…} tokens and test ids such as
 * {@code pm_card_visa} become new payment methods. Test numbers carry their test behaviour; any other Luhn-valid
 * number is approved. The number and CVC are used here and dropped: a payment method keeps brand, last4, expiry,
 * funding, the keyed fingerprint and whether a CVC was given.
 */
final class CardTokenizer {

    private final TestCards cards = TestCards.load();
    private final KeyedHashes hashes;
    private final Clock clock;
    private final Supplier<String> ids;

    CardTokenizer(KeyedHashes hashes, Clock clock, Supplier<String> ids) {
        this.hashes = hashes;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * The payment method of card data, or its card error. A missing card or an unknown token is an invalid request
     * ({@link ApiException}); {@code param} names the card hash in errors.
     */
    PaymentMethodInput tokenize(String accountId, CardData card, BillingDetails billing, Map<String, String> metadata,
                                String param) {
        if (card == null) {
            throw new ApiException(PaymentErrorCode.PARAMETER_MISSING, "Missing required param: " + param + ".",
                    param);
        }
        if (card.token() != null) {
            TestCard test = cards.byToken(card.token()).orElseThrow(() -> new ApiException(
                    PaymentErrorCode.RESOURCE_MISSING, "No such token: '" + card.token() + "'", param + "[token]"));
            return PaymentMethodInput.of(testPaymentMethod(accountId, test, billing, metadata));
        }
        String number = card.number() == null ? null : card.number().replace(" ", "");
        Optional<PaymentError> invalid = CardValidator.validate(number, card, YearMonth.now(clock));
        if (invalid.isPresent()) {
            return PaymentMethodInput.refused(invalid.get());
        }
        TestCard test = cards.byNumber(number).orElse(new TestCard(number, "credit", "APPROVE"));
        CardDetails details = new CardDetails(CardBrands.brandOf(number), last4(number), card.expMonth(),
                card.expYear(), test.funding(), "US", hashes.cardFingerprint(accountId, number),
                card.cvc() == null ? null : "pass");
        return PaymentMethodInput.of(paymentMethod(details, test, billing, metadata));
    }

    /** A new payment method for a test id such as {@code pm_card_visa}; empty for any other id. */
    Optional<PaymentMethod> testPaymentMethod(String accountId, String paymentMethodId) {
        return cards.byPaymentMethodId(paymentMethodId).map(test -> testPaymentMethod(accountId, test, null, null));
    }

    private PaymentMethod testPaymentMethod(String accountId, TestCard test, BillingDetails billing,
                                            Map<String, String> metadata) {
        // Stripe's test payment methods carry a card that expires next year.
        LocalDate today = LocalDate.now(clock);
        CardDetails details = new CardDetails(CardBrands.brandOf(test.number()), last4(test.number()),
                today.getMonthValue(), today.getYear() + 1, test.funding(), "US",
                hashes.cardFingerprint(accountId, test.number()), null);
        return paymentMethod(details, test, billing, metadata);
    }

    private PaymentMethod paymentMethod(CardDetails card, TestCard test, BillingDetails billing,
                                        Map<String, String> metadata) {
        return new PaymentMethod(ids.get(), clock.instant(), "card", card,
                billing == null ? new BillingDetails(null, null, null, null) : billing,
                metadata == null ? Map.of() : Map.copyOf(metadata), test.processorReference());
    }

    private static String last4(String number) {
        return number.substring(number.length() - 4);
    }
}
