package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
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

/**
 * Every test behaviour's outcome of docs/api.md §5, confirmed from requires_payment_method. Which number, token or
 * test id carries which behaviour is the gateway vault's (CardTokenizerTest).
 */
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

    /** Each test behaviour the gateway's vault writes into a payment method (test-cards.csv), and its outcome. */
    private static final String BEHAVIOUR_TABLE = """
            APPROVE,                              SUCCEEDED,               ,                 ,
            GENERIC_DECLINE,                      REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    generic_decline
            INSUFFICIENT_FUNDS,                   REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    insufficient_funds
            LOST_CARD,                            REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    lost_card
            STOLEN_CARD,                          REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    stolen_card
            EXPIRED_CARD,                         REQUIRES_PAYMENT_METHOD, EXPIRED_CARD,     expired_card
            INCORRECT_CVC,                        REQUIRES_PAYMENT_METHOD, INCORRECT_CVC,    incorrect_cvc
            PROCESSING_ERROR,                     REQUIRES_PAYMENT_METHOD, PROCESSING_ERROR, processing_error
            VELOCITY_LIMIT,                       REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    card_velocity_exceeded
            CUSTOMER_FAIL,                        REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    generic_decline
            FRAUDULENT,                           REQUIRES_PAYMENT_METHOD, CARD_DECLINED,    fraudulent
            AUTHENTICATE_ON_SETUP,                REQUIRES_ACTION,         ,                 ,
            AUTHENTICATE_ALWAYS,                  REQUIRES_ACTION,         ,                 ,
            AUTHENTICATE_3DS2,                    REQUIRES_ACTION,         ,                 ,
            AUTHENTICATE_THEN_INSUFFICIENT_FUNDS, REQUIRES_ACTION,         ,                 ,
            """;

    private static PaymentMethodInput withBehaviour(String behaviour) {
        return PaymentMethodInput.of(TestPaymentMethods.withBehaviour(behaviour, "pm_" + behaviour.toLowerCase()));
    }

    @Nested
    class ByTestBehaviour {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = BEHAVIOUR_TABLE)
        void confirmsOnSession(String behaviour, PaymentIntentStatus status, PaymentErrorCode code,
                               String declineCode) {
            expectOutcome(withBehaviour(behaviour), ConfirmOptionsChoice.ON, status, code, declineCode);
        }

        @ParameterizedTest
        @CsvSource({"PROCESSING_SUCCEEDS", "PROCESSING_FAILS"})
        void asynchronousTestMethodsStartProcessing(String behaviour) {
            expectOutcome(withBehaviour(behaviour), ConfirmOptionsChoice.ON, PaymentIntentStatus.PROCESSING,
                    null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"AUTHENTICATE_ON_SETUP", "AUTHENTICATE_ALWAYS", "AUTHENTICATE_3DS2",
                "AUTHENTICATE_THEN_INSUFFICIENT_FUNDS"})
        void authenticationCardsFailOffSession(String behaviour) {
            expectOutcome(withBehaviour(behaviour), ConfirmOptionsChoice.OFF,
                    PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, PaymentErrorCode.AUTHENTICATION_REQUIRED,
                    "authentication_required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"APPROVE", "GENERIC_DECLINE"})
        void cardsWithoutAuthenticationIgnoreOffSession(String behaviour) {
            fixture.given(created(AMOUNT))
                   .when(confirm(Patch.of().paymentMethod(withBehaviour(behaviour)).build(), OFF_SESSION))
                   .expectEventsMatching(org.hamcrest.Matchers.not(PaymentIntentMatchers.leavesIntentIn(PaymentIntentStatus.REQUIRES_ACTION)))
                   .expectResultMessagePayloadMatching(org.hamcrest.Matchers.not(
                           resultWith(PaymentErrorCode.AUTHENTICATION_REQUIRED, "authentication_required")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "test:NO_SUCH_BEHAVIOUR", "acquirer:123"})
        void aReferenceTheProcessorDidNotIssueIsAProcessingError(String reference) {
            var unknown = TestPaymentMethods.withBehaviour("APPROVE", "pm_x");
            var pm = new io.paymentledger.messages.paymentmethod.PaymentMethod(unknown.id(), unknown.created(),
                    "card", unknown.card(), unknown.billingDetails(), unknown.metadata(), reference);
            expectOutcome(PaymentMethodInput.of(pm), ConfirmOptionsChoice.ON,
                    PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, PaymentErrorCode.PROCESSING_ERROR, "processing_error");
        }
    }

    @Nested
    class RefusedCardData {

        @ParameterizedTest
        @CsvSource({"INCORRECT_NUMBER, number", "INVALID_EXPIRY_MONTH, exp_month", "INVALID_EXPIRY_YEAR, exp_year",
                "INVALID_CVC, cvc"})
        void isAFailedAttempt(PaymentErrorCode code, String param) {
            expectOutcome(TestPaymentMethods.refused(code, param), ConfirmOptionsChoice.ON,
                    PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, code, null);
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
