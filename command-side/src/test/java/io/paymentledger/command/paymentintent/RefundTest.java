package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ExpireRefund;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.RefundCharge;
import io.paymentledger.messages.paymentintent.RefundCreated;
import io.paymentledger.messages.paymentintent.RefundFailed;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentintent.RefundUpdated;
import io.paymentledger.messages.paymentintent.UpdateRefund;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.paymentledger.command.paymentintent.PaymentIntentEvents.*;
import static io.paymentledger.command.paymentintent.PaymentIntentFixture.rejectedWith;
import static io.paymentledger.messages.error.PaymentErrorCode.*;
import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;

/** The refund rules of docs/api.md §15, decided by the captured {@link Charge} inside the intent's aggregate. */
class RefundTest {

    private static final String REFUND = "re_1";
    private static final String SECOND_REFUND = "re_2";

    private final AggregateTestFixture<PaymentIntent> fixture = PaymentIntentFixture.create();

    private static RefundCharge refund(String refundId, Long amount) {
        return new RefundCharge(ID, ACCOUNT, CHARGE, refundId, amount, RefundReason.REQUESTED_BY_CUSTOMER, Map.of());
    }

    private static RefundCreated refunded(String refundId, long amount, RefundStatus status) {
        return new RefundCreated(ID, ACCOUNT, CHARGE, refundId, amount, "usd", RefundReason.REQUESTED_BY_CUSTOMER,
                Map.of(), status);
    }

    private static Object[] capturedWith(String behaviour, long received, long released) {
        return new Object[] {created(AMOUNT), attached(card(behaviour)), succeeded(received, released)};
    }

    @Nested
    class RefundChargeCommand {

        @Test
        void refundsAllThatIsLeftWhenNoAmountIsGiven() {
            fixture.given(inStatus(SUCCEEDED))
                   .when(refund(REFUND, null))
                   .expectEvents(refunded(REFUND, AMOUNT, RefundStatus.SUCCEEDED))
                   .expectResultMessagePayload(new CommandResult(ID, 3, null));
        }

        @Test
        void takesPartialRefundsUntilTheCapturedAmountIsUsedUp() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, 1_500, RefundStatus.SUCCEEDED))
                   .when(refund(SECOND_REFUND, 500L))
                   .expectEvents(refunded(SECOND_REFUND, 500, RefundStatus.SUCCEEDED));
        }

        @Test
        void refundsAtMostThePartiallyCapturedAmount() {
            fixture.given(capturedWith("APPROVE", 1_200, 800))
                   .when(refund(REFUND, 1_201L))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_LARGE, "amount"));
        }

        @Test
        void refusesAnAmountAboveWhatIsLeft() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, 1_500, RefundStatus.SUCCEEDED))
                   .when(refund(SECOND_REFUND, 501L))
                   .expectNoEvents()
                   .expectException(rejectedWith(AMOUNT_TOO_LARGE, "amount"));
        }

        @Test
        void answersChargeAlreadyRefundedWhenNothingIsLeft() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, AMOUNT, RefundStatus.SUCCEEDED))
                   .when(refund(SECOND_REFUND, null))
                   .expectNoEvents()
                   .expectException(rejectedWith(CHARGE_ALREADY_REFUNDED));
        }

        @Test
        void refusesAZeroAmount() {
            fixture.given(inStatus(SUCCEEDED))
                   .when(refund(REFUND, 0L))
                   .expectNoEvents()
                   .expectException(rejectedWith(PARAMETER_INVALID_INTEGER, "amount"));
        }

        @Test
        void tellsToCancelAnIntentThatStillRequiresCapture() {
            fixture.given(inStatus(REQUIRES_CAPTURE))
                   .when(refund(REFUND, null))
                   .expectNoEvents()
                   .expectException(rejectedWith(PAYMENT_INTENT_UNEXPECTED_STATE));
        }

        @Test
        void refusesAnIntentWithoutACapturedCharge() {
            fixture.given(inStatus(REQUIRES_PAYMENT_METHOD))
                   .when(refund(REFUND, null))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST, "payment_intent"));
        }

        @Test
        void hidesAnotherAccountsIntent() {
            fixture.given(inStatus(SUCCEEDED))
                   .when(new RefundCharge(ID, OTHER_ACCOUNT, CHARGE, REFUND, null, null, Map.of()))
                   .expectNoEvents()
                   .expectException(rejectedWith(RESOURCE_MISSING, "intent"));
        }

        @Test
        void leavesTheRefundOfARefundFailCardPendingUntilItsDeadline() {
            fixture.given(capturedWith("REFUND_FAILS", AMOUNT, 0))
                   .when(refund(REFUND, 500L))
                   .expectEvents(refunded(REFUND, 500, RefundStatus.PENDING))
                   .expectScheduledDeadlineWithName(Duration.ofSeconds(5), Charge.REFUND_SETTLEMENT_DEADLINE);
        }

        @Test
        void countsAPendingRefundAsRefunded() {
            fixture.given(capturedWith("REFUND_FAILS", AMOUNT, 0))
                   .andGiven(refunded(REFUND, AMOUNT, RefundStatus.PENDING))
                   .when(refund(SECOND_REFUND, 1L))
                   .expectNoEvents()
                   .expectException(rejectedWith(CHARGE_ALREADY_REFUNDED));
        }

        @Test
        void givesAFailedRefundsAmountBack() {
            fixture.given(capturedWith("REFUND_FAILS", AMOUNT, 0))
                   .andGiven(refunded(REFUND, AMOUNT, RefundStatus.PENDING),
                           new RefundFailed(ID, ACCOUNT, CHARGE, REFUND, AMOUNT, "expired_or_canceled_card"))
                   .when(refund(SECOND_REFUND, null))
                   .expectEvents(refunded(SECOND_REFUND, AMOUNT, RefundStatus.PENDING));
        }
    }

    @Nested
    class RefundSettlementDeadline {

        @Test
        void failsThePendingRefundWithExpiredOrCanceledCard() {
            fixture.given(capturedWith("REFUND_FAILS", AMOUNT, 0))
                   .andGivenCommands(refund(REFUND, 500L))
                   .whenTimeElapses(Duration.ofSeconds(6))
                   .expectEvents(new RefundFailed(ID, ACCOUNT, CHARGE, REFUND, 500, "expired_or_canceled_card"));
        }
    }

    @Nested
    class ExpireRefundCommand {

        @Test
        void failsAPendingRefundAtOnce() {
            fixture.given(capturedWith("REFUND_FAILS", AMOUNT, 0))
                   .andGiven(refunded(REFUND, 500, RefundStatus.PENDING))
                   .when(new ExpireRefund(ID, ACCOUNT, CHARGE, REFUND))
                   .expectEvents(new RefundFailed(ID, ACCOUNT, CHARGE, REFUND, 500, "expired_or_canceled_card"));
        }

        @Test
        void refusesARefundThatIsNotPending() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, 500, RefundStatus.SUCCEEDED))
                   .when(new ExpireRefund(ID, ACCOUNT, CHARGE, REFUND))
                   .expectNoEvents()
                   .expectException(rejectedWith(INVALID_REQUEST));
        }

        @Test
        void answersResourceMissingForAnUnknownRefund() {
            fixture.given(inStatus(SUCCEEDED))
                   .when(new ExpireRefund(ID, ACCOUNT, CHARGE, "re_unknown"))
                   .expectNoEvents()
                   .expectException(rejectedWith(RESOURCE_MISSING, "id"));
        }
    }

    @Nested
    class UpdateRefundCommand {

        @Test
        void mergesMetadata() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, 500, RefundStatus.SUCCEEDED))
                   .when(new UpdateRefund(ID, ACCOUNT, CHARGE, REFUND, new MetadataPatch(Map.of("order", "7"), false)))
                   .expectEvents(new RefundUpdated(ID, ACCOUNT, CHARGE, REFUND, Map.of("order", "7")));
        }

        @Test
        void appliesNothingWhenTheMetadataIsUnchanged() {
            fixture.given(inStatus(SUCCEEDED))
                   .andGiven(refunded(REFUND, 500, RefundStatus.SUCCEEDED))
                   .when(new UpdateRefund(ID, ACCOUNT, CHARGE, REFUND, MetadataPatch.none()))
                   .expectNoEvents()
                   .expectSuccessfulHandlerExecution();
        }
    }
}
