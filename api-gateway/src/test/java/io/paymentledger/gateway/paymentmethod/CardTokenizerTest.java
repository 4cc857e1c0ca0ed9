package io.paymentledger.gateway.paymentmethod;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The vault's tokenization (docs/api.md §5): test cards, validation, fingerprints, and what a payment method keeps. */
class CardTokenizerTest {

    private static final String ACCOUNT = "acct_a";

    private final AtomicInteger sequence = new AtomicInteger();
    private final CardTokenizer tokenizer = new CardTokenizer(new KeyedHashes("secret"), TestVaults.CLOCK,
            () -> "pm_" + sequence.incrementAndGet());

    private PaymentMethodInput tokenize(String account, String number, Integer month, Integer year, String cvc) {
        return tokenizer.tokenize(account, new CardData(number, month, year, cvc, null), null, null, "card");
    }

    private PaymentMethod tokenized(String account, String number) {
        PaymentMethodInput result = tokenize(account, number, 12, 2030, "123");
        assertThat(result.cardError()).isNull();
        return result.paymentMethod();
    }

    @Nested
    class TestCardBehaviours {

        @ParameterizedTest(name = "{0} and {1} are {2}")
        @CsvSource({
                "4242424242424242, pm_card_visa,                          APPROVE",
                "5555555555554444, pm_card_mastercard,                    APPROVE",
                "4000056655665556, pm_card_visa_debit,                    APPROVE",
                "4000000000000002, pm_card_chargeDeclined,                GENERIC_DECLINE",
                "4000000000009995, pm_card_chargeDeclinedInsufficientFunds, INSUFFICIENT_FUNDS",
                "4000000000009987, pm_card_chargeDeclinedLostCard,        LOST_CARD",
                "4000000000009979, pm_card_chargeDeclinedStolenCard,      STOLEN_CARD",
                "4000000000000069, pm_card_chargeDeclinedExpiredCard,     EXPIRED_CARD",
                "4000000000000127, pm_card_chargeDeclinedIncorrectCvc,    INCORRECT_CVC",
                "4000000000000119, pm_card_chargeDeclinedProcessingError, PROCESSING_ERROR",
                "4000000000006975, pm_card_visa_chargeDeclinedVelocityLimitExceeded, VELOCITY_LIMIT",
                "4000000000000341, pm_card_chargeCustomerFail,            CUSTOMER_FAIL",
                "4100000000000019, pm_card_radarBlock,                    FRAUDULENT",
                "4000002500003155, pm_card_authenticationRequiredOnSetup, AUTHENTICATE_ON_SETUP",
                "4000002760003184, pm_card_authenticationRequired,        AUTHENTICATE_ALWAYS",
                "4000000000003220, pm_card_threeDSecure2Required,         AUTHENTICATE_3DS2",
                "4000008260003178, pm_card_authenticationRequiredChargeDeclinedInsufficientFunds, AUTHENTICATE_THEN_INSUFFICIENT_FUNDS"})
        void followTheNumberAndTheTestId(String number, String testId, String behaviour) {
            assertThat(tokenized(ACCOUNT, number).processorReference()).isEqualTo("test:" + behaviour);
            assertThat(tokenizer.testPaymentMethod(ACCOUNT, testId).orElseThrow().processorReference())
                    .isEqualTo("test:" + behaviour);
        }

        @ParameterizedTest
        @CsvSource({"pm_test_processing_succeeds, PROCESSING_SUCCEEDS", "pm_test_processing_fails, PROCESSING_FAILS"})
        void asynchronousTestIdsSettleLater(String testId, String behaviour) {
            assertThat(tokenizer.testPaymentMethod(ACCOUNT, testId).orElseThrow().processorReference())
                    .isEqualTo("test:" + behaviour);
        }

        @ParameterizedTest
        @ValueSource(strings = {"4111111111111111", "5105105105105100", "6011111111111117"})
        void approveAnyOtherLuhnValidNumber(String number) {
            assertThat(tokenized(ACCOUNT, number).processorReference()).isEqualTo("test:APPROVE");
        }

        @ParameterizedTest
        @CsvSource({"tok_visa, APPROVE", "tok_chargeDeclinedInsufficientFunds, INSUFFICIENT_FUNDS"})
        void resolveTestTokens(String token, String behaviour) {
            PaymentMethodInput result = tokenizer.tokenize(ACCOUNT, new CardData(null, null, null, null, token), null,
                    null, "card");
            assertThat(result.paymentMethod().processorReference()).isEqualTo("test:" + behaviour);
        }

        @Test
        void refuseUnknownTokensAsInvalidRequests() {
            ApiException refused = catchThrowableOfType(ApiException.class, () -> tokenizer.tokenize(ACCOUNT,
                    new CardData(null, null, null, null, "tok_unknown"), null, null, "payment_method_data[card]"));
            assertThat(refused.error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
            assertThat(refused.error().param()).isEqualTo("payment_method_data[card][token]");
        }

        @Test
        void resolveNoOtherIds() {
            assertThat(tokenizer.testPaymentMethod(ACCOUNT, "pm_1RealLooking")).isEmpty();
        }
    }

    @Nested
    class CardValidation {

        @ParameterizedTest(name = "{0} {1}/{2} cvc {3} -> {4}")
        @CsvSource({
                "4242424242424241, 12, 2030,       123,   INCORRECT_NUMBER",
                "42424242,         12, 2030,       123,   INCORRECT_NUMBER",
                "4242424242424242, 0,  2030,       123,   INVALID_EXPIRY_MONTH",
                "4242424242424242, 13, 2030,       123,   INVALID_EXPIRY_MONTH",
                "4242424242424242, 10, 2026,       123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 2025,       123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 999999999,  123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 2147483647, 123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, -2147483648, 123,  INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 10000,      123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 2030,       12,    INVALID_CVC",
                "4242424242424242, 12, 2030,       12345, INVALID_CVC",
                "4242424242424242, 12, 2030,       12a,   INVALID_CVC"})
        void refusesAnInvalidCardWithACardError(String number, int month, int year, String cvc,
                                                PaymentErrorCode code) {
            PaymentMethodInput result = tokenize(ACCOUNT, number, month, year, cvc);
            assertThat(result.paymentMethod()).isNull();
            assertThat(result.cardError().code()).isEqualTo(code);
        }

        @Test
        void refusesAMissingExpiryYear() {
            assertThat(tokenize(ACCOUNT, "4242424242424242", 12, null, "123").cardError().code())
                    .isEqualTo(PaymentErrorCode.INVALID_EXPIRY_YEAR);
        }

        @ParameterizedTest(name = "{0} {1}/{2} cvc {3}")
        @CsvSource({
                "4242424242424242, 11, 2026, 123",
                "4242424242424242, 12, 9999, 1234",
                "378282246310005,  12, 2030, 1234",
                "4242 4242 4242 4242, 12, 2030, 123"})
        void acceptsAValidCardExpiringThisMonthOrLater(String number, int month, int year, String cvc) {
            assertThat(tokenize(ACCOUNT, number, month, year, cvc).paymentMethod()).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"4242424242424242", "4000056655665556", "378282246310005", "4000000000000341",
                "4100000000000019", "4000002500003155", "4000008260003178", "4111111111111111"})
        void acceptsLuhnValidNumbers(String number) {
            assertThat(CardValidator.isLuhnValid(number)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"4242424242424241", "1234567890123456", "42424242", "4242x24242424242",
                "42424242424242424242"})
        void refusesInvalidNumbers(String number) {
            assertThat(CardValidator.isLuhnValid(number)).isFalse();
        }
    }

    @Nested
    class Brands {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"4242424242424242, visa", "5555555555554444, mastercard", "2223003122003222, mastercard",
                "378282246310005, amex", "371449635398431, amex", "6011111111111117, discover",
                "6445644564456445, discover", "6500000000000002, discover", "3566002020360505, jcb",
                "30569309025904, diners", "36227206271667, diners", "3852000002323700, diners",
                "6200000000000005, unionpay", "9999999999999995, unknown"})
        void comeFromTheIinPrefix(String number, String brand) {
            assertThat(CardBrands.brandOf(number)).isEqualTo(brand);
        }
    }

    @Nested
    class Fingerprints {

        @Test
        void areStableWithinAnAccount() {
            assertThat(tokenized(ACCOUNT, "4242424242424242").card().fingerprint())
                    .isEqualTo(tokenized(ACCOUNT, "4242424242424242").card().fingerprint());
        }

        @Test
        void differAcrossAccounts() {
            assertThat(tokenized(ACCOUNT, "4242424242424242").card().fingerprint())
                    .isNotEqualTo(tokenized("acct_b", "4242424242424242").card().fingerprint());
        }

        @Test
        void differAcrossCards() {
            assertThat(tokenized(ACCOUNT, "4242424242424242").card().fingerprint())
                    .isNotEqualTo(tokenized(ACCOUNT, "4111111111111111").card().fingerprint());
        }

        @Test
        void dependOnTheSecret() {
            CardTokenizer otherSecret = new CardTokenizer(new KeyedHashes("other"), TestVaults.CLOCK, () -> "pm_x");
            PaymentMethod other = otherSecret.tokenize(ACCOUNT, new CardData("4242424242424242", 12, 2030, "123", null),
                    null, null, "card").paymentMethod();
            assertThat(other.card().fingerprint())
                    .isNotEqualTo(tokenized(ACCOUNT, "4242424242424242").card().fingerprint());
        }

        @Test
        void matchForATestIdAndItsNumber() {
            assertThat(tokenizer.testPaymentMethod(ACCOUNT, "pm_card_visa").orElseThrow().card().fingerprint())
                    .isEqualTo(tokenized(ACCOUNT, "4242424242424242").card().fingerprint());
        }
    }

    @Nested
    class PaymentMethods {

        @Test
        void keepBrandLast4ExpiryFundingAndTheCvcCheckButNeverTheNumberOrCvc() throws Exception {
            PaymentMethod pm = tokenize(ACCOUNT, "4000056655665556", 12, 2030, "739").paymentMethod();
            assertThat(pm.card()).extracting("brand", "last4", "expMonth", "expYear", "funding", "cvcCheck")
                    .containsExactly("visa", "5556", 12, 2030, "debit", "pass");
            String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(pm);
            assertThat(json).doesNotContain("4000056655665556").doesNotContain("739");
            assertThat(pm.toString()).doesNotContain("4000056655665556").doesNotContain("739");
        }

        @Test
        void resolveTestIdsToNewPaymentMethodsExpiringNextYear() {
            PaymentMethod first = tokenizer.testPaymentMethod(ACCOUNT, "pm_card_visa").orElseThrow();
            PaymentMethod second = tokenizer.testPaymentMethod(ACCOUNT, "pm_card_visa").orElseThrow();
            assertThat(first.id()).startsWith("pm_").isNotEqualTo(second.id()).isNotEqualTo("pm_card_visa");
            assertThat(first.card().expYear()).isEqualTo(2027);
        }

        @Test
        void maskTheNumberAndCvcWhenCardDataIsPrinted() {
            assertThat(new CardData("4000056655665556", 12, 2030, "739", null).toString())
                    .doesNotContain("4000056655665556").doesNotContain("739").contains("5556");
        }
    }
}
