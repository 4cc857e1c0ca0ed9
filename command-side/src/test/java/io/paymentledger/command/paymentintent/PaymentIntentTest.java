package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.CardErrors;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentAuthenticated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.*;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static io.paymentledger.command.paymentintent.PaymentIntentFixture.rejectedWith;
import static io.paymentledger.messages.error.PaymentErrorCode.*;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;
import static io.paymentledger.command.paymentintent.PaymentIntentMatchers.leavesIntentIn;
import static io.paymentledger.command.paymentintent.PaymentIntentMatchers.publishes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;

/** Spec §4.1 cell by cell, plus capture arithmetic (§4.3), 3-D Secure (§4.4) and the deadlines (§4.5, §5.3). */
class PaymentIntentTest {

    private static final String CHARGE_1 = SequentialIds.id("ch_", 1);

    private final AggregateTestFixture<PaymentIntent> fixture = PaymentIntentFixture.create();

    @Nested
    class Confirm {

        @Test
        void succeedsAutomaticCaptureAndAnswersTheNewVersion() {
            fixture.given(inStatus(REQUIRES_CONFIRMATION))
                   .when(confirm())
                   .expectEvents(new PaymentIntentSucceeded(ID, ACCOUNT, CHARGE_1, AMOUNT, 0))
                   .expectResultMessagePayload(new CommandResult(ID, 2, null));
        }

        @Test
        void authorizesManualCaptureAndSchedulesTheAutomaticCancellation() {
            fixture.given(created(AMOUNT, details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC)),
                          attached(visa()))
                   .when(confirm())
                   .expectEvents(new PaymentIntentAmountCapturableUpdated(ID, ACCOUNT, CHARGE_1, AMOUNT))
                   .expectScheduledDeadlineWithName(Duration.ofDays(7), PaymentIntent.AUTO_CANCEL_DEADLINE);
        }

        @Test
        void storesADeclineAsAFailedAttemptAndAnswersTheCardError() {
            PaymentError insufficientFunds = CardErrors.declined("insufficient_funds",
                    "Your card has insufficient funds.");
            fixture.given(created(AMOUNT), attached(card("INSUFFICIENT_FUNDS")))
                   .when(confirm())
                   .expectEvents(new PaymentIntentPaymentFailed(ID, ACCOUNT, CHARGE_1, new LastPaymentError(
                           insufficientFunds, CHARGE_1, card("INSUFFICIENT_FUNDS"), null)))
                   .expectResultMessagePayload(new CommandResult(ID, 2, insufficientFunds));
        }

        @Test
        void runsAnAttemptFromRequiresPaymentMethodWhenAPaymentMethodIsGiven() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(confirmWith("pm_card_visa"))
                   .expectEventsMatching(publishes(PaymentIntentSucceeded.class,
                           succeeded -> assertThat(succeeded.amountReceived()).isEqualTo(AMOUNT)));
        }

        @Test
        void refusesRequiresPaymentMethodWithoutAPaymentMethod() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(confirm())
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }

        @Test
        void refusesToConfirmWhenThePatchUnsetsThePaymentMethod() {
            fixture.given(inStatus(REQUIRES_CONFIRMATION))
                   .when(confirm(Patch.of().unset(io.paymentledger.messages.paymentintent.PatchField.PAYMENT_METHOD)
                                      .build(), ON_SESSION))
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }

        @Test
        void startsANewAttemptFromRequiresActionAbandoningThePendingOne() {
            fixture.given(inStatus(REQUIRES_ACTION))
                   .when(confirm())
                   .expectEvents(requiresAction());
        }

        @Test
        void countsTheAbandonedAttemptTowardsTheLimit() {
            PaymentIntentFixture.withConfirmationLimit(2)
                   .given(created(AMOUNT), attached(card("AUTHENTICATE_ALWAYS")), requiresAction(), requiresAction())
                   .when(confirm())
                   .expectEvents(canceled(CancellationReason.AUTOMATIC, 0));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"PROCESSING", "REQUIRES_CAPTURE", "SUCCEEDED",
                "CANCELED"})
        void refusesOnceAnAttemptWasAccepted(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(confirm())
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }

        @Test
        void redirectsToTheReturnUrlWhenAuthenticationIsNeeded() {
            fixture.given(created(AMOUNT), attached(card("AUTHENTICATE_ALWAYS")))
                   .when(confirm(null, new ConfirmOptions("https://shop.example/back", null, false, false, null)))
                   .expectEvents(new PaymentIntentRequiresAction(ID, ACCOUNT,
                           new NextAction("redirect_to_url", "https://shop.example/back")));
        }

        @Test
        void failsWithAuthenticationRequiredWhenAskedToErrorOnRequiresAction() {
            fixture.given(created(AMOUNT), attached(card("AUTHENTICATE_ALWAYS")))
                   .when(confirm(null, new ConfirmOptions(null, null, true, false, null)))
                   .expectEvents(new PaymentIntentPaymentFailed(ID, ACCOUNT, null, new LastPaymentError(
                           CardErrors.authenticationRequired(), null, card("AUTHENTICATE_ALWAYS"), null)))
                   .expectResultMessagePayload(new CommandResult(ID, 2, CardErrors.authenticationRequired()));
        }

        @Test
        void cancelsAutomaticallyOnTheAttemptBeyondTheConfirmationLimit() {
            PaymentIntentFixture.withConfirmationLimit(2)
                   .given(created(AMOUNT), attached(card("GENERIC_DECLINE")),
                          failed(card("GENERIC_DECLINE")), attached(card("GENERIC_DECLINE")),
                          failed(card("GENERIC_DECLINE")), attached(visa()))
                   .when(confirm())
                   .expectEvents(new PaymentIntentCanceled(ID, ACCOUNT, CancellationReason.AUTOMATIC, 0));
        }

        @Test
        void attemptsUpToTheConfirmationLimit() {
            PaymentIntentFixture.withConfirmationLimit(2)
                   .given(created(AMOUNT), attached(card("GENERIC_DECLINE")),
                          failed(card("GENERIC_DECLINE")), attached(visa()))
                   .when(confirm())
                   .expectEvents(new PaymentIntentSucceeded(ID, ACCOUNT, CHARGE_1, AMOUNT, 0));
        }

        private static PaymentIntentPaymentFailed failed(io.paymentledger.messages.paymentmethod.PaymentMethod pm) {
            PaymentError error = CardErrors.declined("generic_decline", "Your card was declined.");
            return new PaymentIntentPaymentFailed(ID, ACCOUNT, CHARGE, new LastPaymentError(error, CHARGE, pm, null));
        }
    }

    @Nested
    class Capture {

        @Test
        void capturesTheWholeAuthorizationByDefault() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(capture(null))
                   .expectEvents(succeeded(AMOUNT, 0))
                   .expectResultMessagePayload(new CommandResult(ID, 3, null));
        }

        @Test
        void releasesTheUncapturedRemainderOfAPartialCapture() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(capture(1_500L))
                   .expectEvents(succeeded(1_500, 500));
        }

        @Test
        void capturesASingleMinorUnit() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(capture(1L))
                   .expectEvents(succeeded(1, AMOUNT - 1));
        }

        @Test
        void refusesMoreThanTheCapturableAmount() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(capture(AMOUNT + 1))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_LARGE, "amount_to_capture"));
        }

        @Test
        void refusesToCaptureNothing() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(capture(0L))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_LARGE, "amount_to_capture"));
        }

        @Test
        void updatesMetadataAndStatementDescriptorBeforeCapturing() {
            var patch = Patch.of().metadata("shipped", "yes").statementDescriptor("SHOP").amount(1).build();
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(new CapturePaymentIntent(ID, ACCOUNT, null, patch))
                   .expectEventsMatching(allOf(leavesIntentIn(SUCCEEDED),
                           publishes(PaymentIntentUpdated.class, updated -> {
                               assertThat(updated.details().metadata()).containsEntry("shipped", "yes");
                               assertThat(updated.details().descriptors().statementDescriptor()).isEqualTo("SHOP");
                               assertThat(updated.amount()).as("capture ignores money fields").isEqualTo(AMOUNT);
                           })));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = "REQUIRES_CAPTURE", mode = EnumSource.Mode.EXCLUDE)
        void refusesEveryOtherStatus(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(capture(null))
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }
    }

    @Nested
    class Cancel {

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION",
                "REQUIRES_ACTION", "PROCESSING"})
        void cancelsWithoutAnyHold(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(cancel())
                   .expectEvents(canceled(CancellationReason.REQUESTED_BY_CUSTOMER, 0));
        }

        @Test
        void releasesTheHoldOfAnAuthorizedIntent() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(cancel())
                   .expectEvents(canceled(CancellationReason.REQUESTED_BY_CUSTOMER, AMOUNT));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"SUCCEEDED", "CANCELED"})
        void refusesTerminalStatuses(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(cancel())
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }
    }

    @Nested
    class CompleteAuthentication {

        @Test
        void proceedsAsApprovedWithAutomaticConfirmation() {
            fixture.given(inStatus(REQUIRES_ACTION))
                   .when(authenticate(true))
                   .expectEvents(new PaymentIntentSucceeded(ID, ACCOUNT, CHARGE_1, AMOUNT, 0));
        }

        @Test
        void requiresConfirmationAgainWithManualConfirmation() {
            fixture.given(created(AMOUNT, details(CaptureMethod.AUTOMATIC, ConfirmationMethod.MANUAL)),
                          attached(card("AUTHENTICATE_ALWAYS")), requiresAction())
                   .when(authenticate(true))
                   .expectEvents(new PaymentIntentAuthenticated(ID, ACCOUNT))
                   .expectEventsMatching(leavesIntentIn(REQUIRES_CONFIRMATION));
        }

        @Test
        void confirmingAfterManualAuthenticationNeedsNoSecondChallenge() {
            fixture.given(created(AMOUNT, details(CaptureMethod.AUTOMATIC, ConfirmationMethod.MANUAL)),
                          attached(card("AUTHENTICATE_ALWAYS")), requiresAction(),
                          new PaymentIntentAuthenticated(ID, ACCOUNT))
                   .when(confirm())
                   .expectEvents(new PaymentIntentSucceeded(ID, ACCOUNT, CHARGE_1, AMOUNT, 0));
        }

        @Test
        void failedAuthenticationIsAFailedAttempt() {
            fixture.given(inStatus(REQUIRES_ACTION))
                   .when(authenticate(false))
                   .expectEventsMatching(PaymentIntentMatchers.failedWith(PAYMENT_INTENT_AUTHENTICATION_FAILURE))
                   .expectEventsMatching(leavesIntentIn(REQUIRES_PAYMENT_METHOD));
        }

        @Test
        void declinesTheInsufficientFundsCardAfterAuthentication() {
            fixture.given(created(AMOUNT), attached(card("AUTHENTICATE_THEN_INSUFFICIENT_FUNDS")), requiresAction())
                   .when(authenticate(true))
                   .expectEventsMatching(PaymentIntentMatchers.failedWith(CARD_DECLINED))
                   .expectResultMessagePayloadMatching(PaymentIntentMatchers.declinedWith("insufficient_funds"));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = "REQUIRES_ACTION", mode = EnumSource.Mode.EXCLUDE)
        void refusesIntentsNotAwaitingAuthentication(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(authenticate(true))
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }
    }

    @Nested
    class Settle {

        @Test
        void settlesAProcessingAttemptAsSucceeded() {
            fixture.given(inStatus(PROCESSING))
                   .when(settle())
                   .expectEvents(succeeded(AMOUNT, 0));
        }

        @Test
        void settlesAManualCaptureAttemptAsAuthorized() {
            fixture.given(created(AMOUNT, details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC)),
                          attached(card("PROCESSING_SUCCEEDS")), processing(AMOUNT))
                   .when(settle())
                   .expectEvents(authorized(AMOUNT))
                   .expectScheduledDeadlineWithName(Duration.ofDays(7), PaymentIntent.AUTO_CANCEL_DEADLINE);
        }

        @Test
        void settlesAFailingAttemptAsAFailedPayment() {
            PaymentError declined = CardErrors.declined("generic_decline", "Your card was declined.");
            fixture.given(created(AMOUNT), attached(card("PROCESSING_FAILS")), processing(AMOUNT))
                   .when(settle())
                   .expectEvents(new PaymentIntentPaymentFailed(ID, ACCOUNT, CHARGE,
                           new LastPaymentError(declined, CHARGE, card("PROCESSING_FAILS"), null)));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = "PROCESSING", mode = EnumSource.Mode.EXCLUDE)
        void refusesIntentsNotProcessing(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(settle())
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }
    }

    @Nested
    class Deadlines {

        private final ConfirmOptions confirmNow = ON_SESSION;

        @Test
        void cancelsAnUncapturedAuthorizationSevenDaysAfterCreation() {
            fixture.givenCommands(create(AMOUNT, "usd", details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                                         paymentMethodId("pm_card_visa"), confirmNow))
                   .whenTimeElapses(Duration.ofDays(7))
                   .expectTriggeredDeadlinesWithName(PaymentIntent.AUTO_CANCEL_DEADLINE)
                   .expectEvents(canceled(CancellationReason.AUTOMATIC, AMOUNT));
        }

        @Test
        void countsTheSevenDaysFromCreationNotFromAuthorization() {
            var executor = fixture.givenCommands(create(AMOUNT, "usd",
                    details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC), paymentMethodId("pm_card_visa"), null));
            executor.andGivenCurrentTime(executor.currentTime().plus(Duration.ofDays(3)))
                    .when(confirm())
                    .expectSuccessfulHandlerExecution()
                    .expectScheduledDeadlineWithName(Duration.ofDays(4), PaymentIntent.AUTO_CANCEL_DEADLINE);
        }

        @Test
        void doesNotCancelBeforeSevenDays() {
            fixture.givenCommands(create(AMOUNT, "usd", details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                                         paymentMethodId("pm_card_visa"), confirmNow))
                   .whenTimeElapses(Duration.ofDays(7).minusSeconds(1))
                   .expectNoEvents();
        }

        @Test
        void captureRemovesTheAutomaticCancellation() {
            fixture.givenCommands(create(AMOUNT, "usd", details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                                         paymentMethodId("pm_card_visa"), confirmNow))
                   .when(capture(null))
                   .expectSuccessfulHandlerExecution()
                   .expectNoScheduledDeadlines();
        }

        @Test
        void cancelRemovesTheAutomaticCancellation() {
            fixture.givenCommands(create(AMOUNT, "usd", details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                                         paymentMethodId("pm_card_visa"), confirmNow))
                   .when(cancel())
                   .expectNoScheduledDeadlines();
        }

        @Test
        void schedulesNoCancellationBeforeAnAuthorization() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoScheduledDeadlines();
        }

        @Test
        void schedulesSettlementOfAProcessingAttempt() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), paymentMethodId("pm_test_processing_succeeds"), confirmNow))
                   .expectSuccessfulHandlerExecution()
                   .expectScheduledDeadlineWithName(Duration.ofSeconds(10), PaymentIntent.SETTLEMENT_DEADLINE);
        }

        @Test
        void settlesWhenTheSettlementDelayElapses() {
            fixture.givenCommands(create(AMOUNT, "usd", details(), paymentMethodId("pm_test_processing_succeeds"),
                                         confirmNow))
                   .whenTimeElapses(Duration.ofSeconds(10))
                   .expectTriggeredDeadlinesWithName(PaymentIntent.SETTLEMENT_DEADLINE)
                   .expectEventsMatching(PaymentIntentMatchers.eventsOfType(PaymentIntentSucceeded.class));
        }

        @Test
        void settlingThroughTheTestHelperRemovesTheSettlementDeadline() {
            fixture.givenCommands(create(AMOUNT, "usd", details(), paymentMethodId("pm_test_processing_succeeds"),
                                         confirmNow))
                   .when(settle())
                   .expectNoScheduledDeadlines();
        }

        @Test
        void cancelingAProcessingIntentRemovesTheSettlementDeadline() {
            fixture.givenCommands(create(AMOUNT, "usd", details(), paymentMethodId("pm_test_processing_succeeds"),
                                         confirmNow))
                   .when(cancel())
                   .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class AccountIsolation {

        @ParameterizedTest
        @EnumSource(PaymentIntentStatus.class)
        void anotherAccountsIntentLooksMissing(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(update(OTHER_ACCOUNT, Patch.of().description("x").build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(RESOURCE_MISSING, "intent"))
                   .expectException(PaymentIntentMatchers.namingNoIntent());
        }

        @Test
        void everyCommandChecksTheAccount() {
            Object[] commands = {
                    new io.paymentledger.messages.paymentintent.ConfirmPaymentIntent(ID, OTHER_ACCOUNT, null, null),
                    new CapturePaymentIntent(ID, OTHER_ACCOUNT, null, null),
                    new io.paymentledger.messages.paymentintent.CancelPaymentIntent(ID, OTHER_ACCOUNT, null),
                    new io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication(ID, OTHER_ACCOUNT,
                            true),
                    new io.paymentledger.messages.paymentintent.SettlePaymentIntent(ID, OTHER_ACCOUNT)};
            for (Object command : commands) {
                PaymentIntentFixture.create()
                        .given(inStatus(REQUIRES_CAPTURE))
                        .when(command)
                        .expectNoEvents()
                        .expectException(rejectedWith(RESOURCE_MISSING, "intent"));
            }
        }

        @Test
        void aRefusalOfAnOwnIntentNamesItAndItsVersion() {
            fixture.given(inStatus(SUCCEEDED))
                   .when(cancel())
                   .expectException(PaymentIntentMatchers.naming(ID, 2L));
        }
    }
}
