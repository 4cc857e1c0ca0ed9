package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.*;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static io.paymentledger.command.paymentintent.PaymentIntentFixture.rejectedWith;
import static io.paymentledger.messages.error.PaymentErrorCode.*;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;
import static io.paymentledger.command.paymentintent.PaymentIntentMatchers.leavesIntentIn;
import static io.paymentledger.command.paymentintent.PaymentIntentMatchers.publishes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;

/** Create (docs/api.md §3.1) and update (§3.3, §4.1 update columns), currency and amount limits, metadata rules. */
class PaymentIntentCreateAndUpdateTest {

    private final AggregateTestFixture<PaymentIntent> fixture = PaymentIntentFixture.create();

    @Nested
    class Create {

        @Test
        void createsAnIntentRequiringAPaymentMethodAndAnswersVersionZero() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd"))
                   .expectEvents(created(AMOUNT))
                   .expectResultMessagePayload(new CommandResult(ID, 0, null));
        }

        @Test
        void storesTheCurrencyInLowercase() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "USD"))
                   .expectEvents(created(AMOUNT));
        }

        @Test
        void fillsStripesDefaultsIntoMissingDetails() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", null, null, null))
                   .expectEventsMatching(publishes(PaymentIntentCreated.class, created -> {
                       assertThat(created.details().settings().captureMethod()).isEqualTo(CaptureMethod.AUTOMATIC);
                       assertThat(created.details().settings().paymentMethodTypes()).containsExactly("card");
                       assertThat(created.details().metadata()).isEmpty();
                   }));
        }

        @Test
        void attachesAGivenPaymentMethodAndRequiresConfirmation() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), paymentMethodId("pm_card_visa"), null))
                   .expectResultMessagePayload(new CommandResult(ID, 1, null))
                   .expectEventsMatching(allOf(leavesIntentIn(REQUIRES_CONFIRMATION),
                           publishes(PaymentMethodAttached.class, attached -> assertThat(attached.paymentMethod().id())
                                   .startsWith("pm_").isNotEqualTo("pm_card_visa"))));
        }

        @Test
        void confirmsInTheSameCommand() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), paymentMethodId("pm_card_visa"), ON_SESSION))
                   .expectResultMessagePayload(new CommandResult(ID, 2, null))
                   .expectEventsMatching(leavesIntentIn(SUCCEEDED));
        }

        @Test
        void createsTheIntentEvenWhenTheConfirmationIsDeclined() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), paymentMethodId("pm_card_chargeDeclined"), ON_SESSION))
                   .expectResultMessagePayloadMatching(PaymentIntentMatchers.declinedWith("generic_decline"))
                   .expectEventsMatching(leavesIntentIn(REQUIRES_PAYMENT_METHOD));
        }

        @Test
        void anInvalidCardWhenConfirmingIsAStoredFailedAttempt() {
            var refused = TestPaymentMethods.refused(INCORRECT_NUMBER, "number");
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), refused, ON_SESSION))
                   .expectResultMessagePayload(new CommandResult(ID, 1, refused.cardError()))
                   .expectEventsMatching(leavesIntentIn(REQUIRES_PAYMENT_METHOD));
        }

        @Test
        void refusesAnInvalidCardWithoutConfirmation() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), TestPaymentMethods.refused(INCORRECT_NUMBER, "number"), null))
                   .expectNoEvents()
                   .expectException(rejectedWith(INCORRECT_NUMBER, "number"));
        }

        @Test
        void refusesConfirmationWithoutAPaymentMethod() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", details(), null, ON_SESSION))
                   .expectNoEvents()
                   .expectException(rejectedWith(PARAMETER_MISSING, "payment_method"));
        }

        @Test
        void refusesAnUnsupportedCurrency() {
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "xyz"))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST, "currency"));
        }

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({"49,usd", "29,gbp", "49,jpy", "249,dkk", "17499,huf", "0,krw"})
        void refusesAmountsBelowTheCurrencyMinimum(long amount, String currency) {
            fixture.givenNoPriorActivity()
                   .when(create(amount, currency))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_SMALL, "amount"));
        }

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({"50,usd", "30,gbp", "50,jpy", "250,dkk", "17500,huf", "1,krw", "99999999,usd"})
        void acceptsAmountsFromTheMinimumToEightDigits(long amount, String currency) {
            fixture.givenNoPriorActivity()
                   .when(create(amount, currency))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesMoreThanEightDigits() {
            fixture.givenNoPriorActivity()
                   .when(create(100_000_000, "usd"))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_LARGE, "amount"));
        }

        @Test
        void refusesMoreThanFiftyMetadataKeys() {
            PaymentIntentDetails d = details();
            PaymentIntentDetails tooMany = withMetadata(PaymentIntentEvents.withDescription(d, null), keys(51));
            fixture.givenNoPriorActivity()
                   .when(create(AMOUNT, "usd", tooMany, null, null))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST, "metadata"));
        }
    }

    @Nested
    class Update {

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION"})
        void changesMoneyFieldsBeforeAnAttemptKeepingTheStatus(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(update(Patch.of().amount(3_000).build()))
                   .expectEvents(new PaymentIntentUpdated(ID, ACCOUNT, 3_000, "usd", details(), status));
        }

        @Test
        void aMoneyChangeAbandonsThePendingAuthentication() {
            fixture.given(inStatus(REQUIRES_ACTION))
                   .when(update(Patch.of().amount(3_000).build()))
                   .expectEvents(new PaymentIntentUpdated(ID, ACCOUNT, 3_000, "usd", details(),
                           REQUIRES_CONFIRMATION));
        }

        @Test
        void aDescriptionChangeKeepsTheIntentWaitingForAuthentication() {
            fixture.given(inStatus(REQUIRES_ACTION))
                   .when(update(Patch.of().description("Order B-2").build()))
                   .expectEvents(new PaymentIntentUpdated(ID, ACCOUNT, AMOUNT, "usd", withDescription("Order B-2"),
                           REQUIRES_ACTION));
        }

        @Test
        void settingAPaymentMethodRequiresConfirmation() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().paymentMethod("pm_card_visa").build()))
                   .expectEventsMatching(leavesIntentIn(REQUIRES_CONFIRMATION));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"REQUIRES_CONFIRMATION", "REQUIRES_ACTION"})
        void unsettingThePaymentMethodRequiresAPaymentMethod(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(update(Patch.of().unset(PatchField.PAYMENT_METHOD).build()))
                   .expectEvents(new PaymentMethodDetached(ID, ACCOUNT));
        }

        @Test
        void reattachesAPaymentMethodThisIntentUsedBefore() {
            fixture.given(created(AMOUNT), attached(visa()), new PaymentMethodDetached(ID, ACCOUNT))
                   .when(update(Patch.of().paymentMethod(
                           io.paymentledger.messages.paymentmethod.PaymentMethodInput.of(visa())).build()))
                   .expectEvents(attached(visa()));
        }

        @Test
        void refusesInvalidCardData() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().paymentMethod(TestPaymentMethods.refused(INVALID_EXPIRY_MONTH, "exp_month"))
                           .build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_EXPIRY_MONTH, "exp_month"));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentIntentStatus.class, names = {"PROCESSING", "REQUIRES_CAPTURE", "SUCCEEDED",
                "CANCELED"})
        void refusesMoneyFieldsOnceAnAttemptWasAccepted(PaymentIntentStatus status) {
            fixture.given(inStatus(status))
                   .when(update(Patch.of().amount(3_000).build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }

        @ParameterizedTest
        @EnumSource(PaymentIntentStatus.class)
        void changesMetadataAndDescriptionInEveryStatus(PaymentIntentStatus status) {
            Map<String, String> metadata = new LinkedHashMap<>(details().metadata());
            metadata.put("note", "n");
            PaymentIntentDetails d = withDescription("Order B-2");
            PaymentIntentDetails expected = withMetadata(d, metadata);
            AggregateTestFixture<PaymentIntent> manualOrNot = PaymentIntentFixture.create();
            manualOrNot.given(inStatus(status))
                       .when(update(Patch.of().description("Order B-2").metadata("note", "n").build()))
                       .expectSuccessfulHandlerExecution()
                       .expectEventsMatching(publishes(PaymentIntentUpdated.class, updated -> {
                           assertThat(updated.details().metadata()).isEqualTo(expected.metadata());
                           assertThat(updated.details().descriptors().description()).isEqualTo("Order B-2");
                           assertThat(updated.status()).isEqualTo(status);
                       }));
        }

        @Test
        void emitsNothingWithoutAnEffectiveChange() {
            fixture.given(inStatus(REQUIRES_CONFIRMATION))
                   .when(update(Patch.of().amount(AMOUNT).description("Order A-1").metadata("order", "A-1")
                                      .paymentMethod(io.paymentledger.messages.paymentmethod.PaymentMethodInput.of(visa()))
                                      .build()))
                   .expectNoEvents()
                   .expectResultMessagePayload(new CommandResult(ID, 1, null));
        }

        @Test
        void mergesMetadataAndDeletesKeysSetToEmpty() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().metadata("order", "").metadata("new", "v").build()))
                   .expectEventsMatching(publishes(PaymentIntentUpdated.class,
                           updated -> assertThat(updated.details().metadata()).isEqualTo(Map.of("new", "v"))));
        }

        @Test
        void clearsAllMetadata() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().clearMetadata().build()))
                   .expectEventsMatching(publishes(PaymentIntentUpdated.class,
                           updated -> assertThat(updated.details().metadata()).isEmpty()));
        }

        @Test
        void appliesTheFiftyKeyLimitToTheMergedMetadata() {
            Patch patch = Patch.of();
            keys(49).forEach(patch::metadata);
            PaymentIntentDetails withOneKey = details();
            fixture.given(created(AMOUNT, withOneKey))
                   .when(update(patch.metadata("one-too-many", "x").build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST, "metadata"));
        }

        @Test
        void acceptsFiftyKeysAfterMerging() {
            Patch patch = Patch.of();
            keys(49).forEach(patch::metadata);
            fixture.given(created(AMOUNT))
                   .when(update(patch.build()))
                   .expectEventsMatching(publishes(PaymentIntentUpdated.class,
                           updated -> assertThat(updated.details().metadata()).hasSize(50)));
        }

        @Test
        void checksTheAmountAgainstANewCurrency() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().currency("huf").build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_SMALL, "amount"));
        }

        @Test
        void refusesAnUnsupportedCurrency() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(update(Patch.of().currency("xyz").build()))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST, "currency"));
        }
    }

    private static PaymentIntentDetails withDescription(String description) {
        PaymentIntentDetails d = details();
        return PaymentIntentEvents.withDescription(d, description);
    }

    private static Map<String, String> keys(int count) {
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < count; i++) {
            keys.put("key" + i, "value");
        }
        return keys;
    }
}
