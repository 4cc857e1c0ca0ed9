package io.paymentledger.command.processor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.CardInput;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TestPaymentProcessorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final String ACCOUNT = "acct_a";

    private final AtomicInteger sequence = new AtomicInteger();
    private final TestPaymentProcessor processor = new TestPaymentProcessor("secret",
            prefix -> prefix + sequence.incrementAndGet(), CLOCK);

    private PaymentMethod tokenized(String account, String number) {
        Tokenization result = processor.tokenize(account,
                new PaymentMethodInput(null, new CardInput(number, 12, 2030, "123", null), null, null));
        assertThat(result).isInstanceOf(Tokenization.Tokenized.class);
        return ((Tokenization.Tokenized) result).paymentMethod();
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
    class Luhn {

        @ParameterizedTest
        @ValueSource(strings = {"4242424242424242", "4000056655665556", "378282246310005", "4000000000000341",
                "4100000000000019", "4000002500003155", "4000008260003178", "4111111111111111"})
        void acceptsValidNumbers(String number) {
            assertThat(CardValidator.isLuhnValid(number)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"4242424242424241", "1234567890123456", "42424242", "4242x24242424242",
                "42424242424242424242"})
        void refusesInvalidNumbers(String number) {
            assertThat(CardValidator.isLuhnValid(number)).isFalse();
        }

        @Test
        void everyTestCardNumberIsValid() {
            TestCards cards = TestCards.load();
            for (String id : new String[] {"pm_card_visa", "pm_card_chargeCustomerFail", "pm_card_radarBlock",
                    "pm_card_threeDSecure2Required", "pm_test_processing_fails"}) {
                assertThat(cards.byPaymentMethodId(id)).hasValueSatisfying(
                        card -> assertThat(CardValidator.isLuhnValid(card.number())).as(id).isTrue());
            }
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
            TestPaymentProcessor otherSecret = new TestPaymentProcessor("other", Ids.random(), CLOCK);
            PaymentMethod other = ((Tokenization.Tokenized) otherSecret.tokenize(ACCOUNT, new PaymentMethodInput(null,
                    new CardInput("4242424242424242", 12, 2030, "123", null), null, null))).paymentMethod();
            assertThat(other.card().fingerprint())
                    .isNotEqualTo(tokenized(ACCOUNT, "4242424242424242").card().fingerprint());
        }

        @Test
        void matchForATestIdAndItsNumber() {
            assertThat(processor.resolve(ACCOUNT, "pm_card_visa").orElseThrow().card().fingerprint())
                    .isEqualTo(tokenized(ACCOUNT, "4242424242424242").card().fingerprint());
        }
    }

    @Nested
    class PaymentMethods {

        @Test
        void keepBrandLast4ExpiryAndFundingButNeverTheNumberOrCvc() throws Exception {
            PaymentMethod pm = tokenized(ACCOUNT, "4000056655665556");
            assertThat(pm.card().brand()).isEqualTo("visa");
            assertThat(pm.card().last4()).isEqualTo("5556");
            assertThat(pm.card().expMonth()).isEqualTo(12);
            assertThat(pm.card().expYear()).isEqualTo(2030);
            assertThat(pm.card().funding()).isEqualTo("debit");
            String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(pm);
            assertThat(json).doesNotContain("4000056655665556").doesNotContain("\"123\"");
            assertThat(pm.toString()).doesNotContain("4000056655665556");
        }

        @Test
        void resolveTestIdsToNewPaymentMethods() {
            PaymentMethod first = processor.resolve(ACCOUNT, "pm_card_visa").orElseThrow();
            PaymentMethod second = processor.resolve(ACCOUNT, "pm_card_visa").orElseThrow();
            assertThat(first.id()).startsWith("pm_").isNotEqualTo(second.id()).isNotEqualTo("pm_card_visa");
            assertThat(first.card().expYear()).isEqualTo(2027);
        }

        @Test
        void resolveNoOtherIds() {
            assertThat(processor.resolve(ACCOUNT, "pm_1RealLooking")).isEmpty();
        }

        @Test
        void refuseUnknownTokensAsInvalidRequests() {
            Tokenization result = processor.tokenize(ACCOUNT,
                    new PaymentMethodInput(null, new CardInput(null, null, null, null, "tok_unknown"), null, null));
            assertThat(((Tokenization.Rejected) result).error().code()).isEqualTo(PaymentErrorCode.RESOURCE_MISSING);
        }
    }

    @Nested
    class GeneratedIds {

        @Test
        void areAPrefixAndTwentyFourAlphanumerics() {
            assertThat(Ids.random().next("ch_")).matches("ch_[A-Za-z0-9]{24}");
        }
    }
}
