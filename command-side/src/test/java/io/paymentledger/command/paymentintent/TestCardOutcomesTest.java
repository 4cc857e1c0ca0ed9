package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentmethod.CardInput;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.*;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static io.paymentledger.command.paymentintent.PaymentIntentMatchers.resultWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Every test card and test payment method outcome of docs/api.md §5, confirmed from requires_payment_method. */
class TestCardOutcomesTest {

    private final AggregateTestFixture<PaymentIntent> fixture = PaymentIntentFixture.create();

    private void expectOutcome(PaymentMethodInput paymentMethod, ConfirmOptionsChoice options,
                               PaymentIntentStatus status, PaymentErrorCode code, String declineCode) {
        fixture.given(created(AMOUNT))
               .when(confirm(Patch.of().paymentMethod(paymentMethod).build(), options.options))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayloadMatching(resultWith(code, declineCode))
               .expectEventsMatching(PaymentIntentMatchers.leavesIntentIn(status));
    }

    private enum ConfirmOptionsChoice {
        ON(ON_SESSION), OFF(OFF_SESSION);

        private final io.paymentledger.messages.paymentintent.ConfirmOptions options;

        ConfirmOptionsChoice(io.paymentledger.messages.paymentintent.ConfirmOptions options) {
            this.options = options;
        }
    }

    private static final String CARD_TABLE = """
            4242424242424242, pm_card_visa,                                    SUCCEEDED,               ,                        ,
            5555555555554444, pm_card_mastercard,                              SUCCEEDED,               ,                        ,
            378282246310005,  pm_card_amex,                                    SUCCEEDED,               ,                        ,
            4000056655665556, pm_card_visa_debit,                              SUCCEEDED,               ,                        ,
            4000000000000002, pm_card_visa_chargeDeclined,                     REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           generic_decline
            4000000000000002, pm_card_chargeDeclined,                          REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           generic_decline
            4000000000009995, pm_card_visa_chargeDeclinedInsufficientFunds,    REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           insufficient_funds
            4000000000009995, pm_card_chargeDeclinedInsufficientFunds,         REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           insufficient_funds
            4000000000009987, pm_card_visa_chargeDeclinedLostCard,             REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           lost_card
            4000000000009987, pm_card_chargeDeclinedLostCard,                  REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           lost_card
            4000000000009979, pm_card_visa_chargeDeclinedStolenCard,           REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           stolen_card
            4000000000009979, pm_card_chargeDeclinedStolenCard,                REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           stolen_card
            4000000000000069, pm_card_chargeDeclinedExpiredCard,               REQUIRES_PAYMENT_METHOD, EXPIRED_CARD,            expired_card
            4000000000000127, pm_card_chargeDeclinedIncorrectCvc,              REQUIRES_PAYMENT_METHOD, INCORRECT_CVC,           incorrect_cvc
            4000000000000119, pm_card_chargeDeclinedProcessingError,           REQUIRES_PAYMENT_METHOD, PROCESSING_ERROR,        processing_error
            4000000000006975, pm_card_visa_chargeDeclinedVelocityLimitExceeded, REQUIRES_PAYMENT_METHOD, CARD_DECLINED,          card_velocity_exceeded
            4000000000000341, pm_card_chargeCustomerFail,                      REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           generic_decline
            4100000000000019, pm_card_radarBlock,                              REQUIRES_PAYMENT_METHOD, CARD_DECLINED,           fraudulent
            4000002500003155, pm_card_authenticationRequiredOnSetup,           REQUIRES_ACTION,         ,                        ,
            4000002760003184, pm_card_authenticationRequired,                  REQUIRES_ACTION,         ,                        ,
            4000000000003220, pm_card_threeDSecure2Required,                   REQUIRES_ACTION,         ,                        ,
            4000008260003178, pm_card_authenticationRequiredChargeDeclinedInsufficientFunds, REQUIRES_ACTION, ,                  ,
            """;

    @Nested
    class ByPaymentMethodId {

        @ParameterizedTest(name = "{1}")
        @CsvSource(textBlock = CARD_TABLE)
        void confirmsOnSession(String number, String paymentMethodId, PaymentIntentStatus status,
                               PaymentErrorCode code, String declineCode) {
            expectOutcome(paymentMethodId(paymentMethodId), ConfirmOptionsChoice.ON, status, code, declineCode);
        }

        @ParameterizedTest
        @CsvSource({"pm_test_processing_succeeds", "pm_test_processing_fails"})
        void asynchronousTestMethodsStartProcessing(String paymentMethodId) {
            expectOutcome(paymentMethodId(paymentMethodId), ConfirmOptionsChoice.ON, PaymentIntentStatus.PROCESSING,
                    null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"pm_card_authenticationRequiredOnSetup", "pm_card_authenticationRequired",
                "pm_card_threeDSecure2Required", "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds"})
        void authenticationCardsFailOffSession(String paymentMethodId) {
            expectOutcome(paymentMethodId(paymentMethodId), ConfirmOptionsChoice.OFF,
                    PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, PaymentErrorCode.AUTHENTICATION_REQUIRED,
                    "authentication_required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"pm_card_visa", "pm_card_chargeDeclined"})
        void cardsWithoutAuthenticationIgnoreOffSession(String paymentMethodId) {
            fixture.given(created(AMOUNT))
                   .when(confirm(Patch.of().paymentMethod(paymentMethodId).build(), OFF_SESSION))
                   .expectEventsMatching(org.hamcrest.Matchers.not(PaymentIntentMatchers.leavesIntentIn(PaymentIntentStatus.REQUIRES_ACTION)))
                   .expectResultMessagePayloadMatching(org.hamcrest.Matchers.not(
                           resultWith(PaymentErrorCode.AUTHENTICATION_REQUIRED, "authentication_required")));
        }
    }

    @Nested
    class ByCardNumber {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = CARD_TABLE)
        void confirmsOnSession(String number, String paymentMethodId, PaymentIntentStatus status,
                               PaymentErrorCode code, String declineCode) {
            expectOutcome(cardData(number), ConfirmOptionsChoice.ON, status, code, declineCode);
        }

        @ParameterizedTest
        @ValueSource(strings = {"4111111111111111", "5105105105105100", "6011111111111117"})
        void approvesAnyOtherLuhnValidNumber(String number) {
            expectOutcome(cardData(number), ConfirmOptionsChoice.ON, PaymentIntentStatus.SUCCEEDED, null, null);
        }

        @ParameterizedTest
        @CsvSource({"tok_visa, SUCCEEDED, ,", "tok_chargeDeclinedInsufficientFunds, REQUIRES_PAYMENT_METHOD,"
                + " CARD_DECLINED, insufficient_funds"})
        void resolvesTestTokens(String token, PaymentIntentStatus status, PaymentErrorCode code, String declineCode) {
            PaymentMethodInput input = new PaymentMethodInput(null, new CardInput(null, null, null, null, token),
                    null, null);
            expectOutcome(input, ConfirmOptionsChoice.ON, status, code, declineCode);
        }
    }

    @Nested
    class CardValidation {

        @ParameterizedTest(name = "{0} {1}/{2} cvc {3} -> {4}")
        @CsvSource({
                "4242424242424241, 12, 2030, 123,   INCORRECT_NUMBER",
                "42424242,         12, 2030, 123,   INCORRECT_NUMBER",
                "4242424242424242, 0,  2030, 123,   INVALID_EXPIRY_MONTH",
                "4242424242424242, 13, 2030, 123,   INVALID_EXPIRY_MONTH",
                "4242424242424242, 10, 2026, 123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 2025, 123,   INVALID_EXPIRY_YEAR",
                "4242424242424242, 12, 2030, 12,    INVALID_CVC",
                "4242424242424242, 12, 2030, 12345, INVALID_CVC",
                "4242424242424242, 12, 2030, 12a,   INVALID_CVC"})
        void anInvalidCardIsAFailedAttempt(String number, int month, int year, String cvc, PaymentErrorCode code) {
            expectOutcome(cardData(number, month, year, cvc), ConfirmOptionsChoice.ON,
                    PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, code, null);
        }

        @ParameterizedTest(name = "{0} {1}/{2} cvc {3}")
        @CsvSource({
                "4242424242424242, 11, 2026, 123",
                "4242424242424242, 12, 2030, 1234",
                "378282246310005,  12, 2030, 1234",
                "4242 4242 4242 4242, 12, 2030, 123"})
        void acceptsAValidCardExpiringThisMonth(String number, int month, int year, String cvc) {
            expectOutcome(cardData(number, month, year, cvc), ConfirmOptionsChoice.ON, PaymentIntentStatus.SUCCEEDED,
                    null, null);
        }
    }

    @Nested
    class ThreeDSecureOption {

        @ParameterizedTest
        @CsvSource({"any, REQUIRES_ACTION", "challenge, REQUIRES_ACTION", "automatic, SUCCEEDED"})
        void requestedThreeDSecureChallengesAnyCard(String request, PaymentIntentStatus status) {
            var s = details().settings();
            var withOption = withSettings(details(), new io.paymentledger.messages.paymentintent.PaymentSettings(
                    s.captureMethod(), s.confirmationMethod(), s.paymentMethodTypes(),
                            new PaymentMethodOptions(request),
                    null, null));
            fixture.given(created(AMOUNT, withOption), attached(visa()))
                   .when(confirm())
                   .expectEventsMatching(PaymentIntentMatchers.leavesIntentIn(status));
        }
    }
}
