package io.paymentledger.command.paymentintent;

import static io.paymentledger.command.paymentintent.PaymentIntentCommands.ON_SESSION;
import static io.paymentledger.command.paymentintent.PaymentIntentCommands.capture;
import static io.paymentledger.command.paymentintent.PaymentIntentCommands.paymentMethodId;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ACCOUNT;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ID;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.details;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.RefundCharge;
import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.TransferCreated;
import io.paymentledger.messages.paymentintent.TransferPlan;
import io.paymentledger.messages.paymentintent.TransferReversed;
import io.paymentledger.messages.paymentintent.TransfersPlanned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfers of a PaymentIntent (docs/api.md §19.4): planned at creation, made on success, reversed on refunds. */
class TransfersTest {

    private static final List<TransferPlan> PLAN = List.of(new TransferPlan("acct_one", 3_000),
            new TransferPlan("acct_two", 1_001));

    private AggregateTestFixture<PaymentIntent> fixture;

    @BeforeEach
    void setUp() {
        fixture = PaymentIntentFixture.create();
    }

    private static CreatePaymentIntent create(long amount, PaymentIntentDetails details, List<TransferPlan> plan) {
        return new CreatePaymentIntent(ID, ACCOUNT, amount, "usd", details, ID + "_secret_test",
                paymentMethodId("pm_card_visa"), ON_SESSION, plan);
    }

    @Test
    void aSucceededPaymentMakesItsPlannedTransfers() {
        fixture.givenNoPriorActivity()
               .when(create(10_000, details(), PLAN))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(PaymentIntentMatchers.publishes(TransferCreated.class, created -> {
                   assertThat(created.transfer().destination()).isEqualTo("acct_two");
                   assertThat(created.transfer().amount()).isEqualTo(1_001);
                   assertThat(created.transfer().currency()).isEqualTo("usd");
               }));
    }

    @Test
    void aPartialCaptureScalesTheTransfersDown() {
        var events = fixture.givenCommands(create(10_000, details(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC),
                        PLAN))
               .when(capture(2_000L))
               .expectSuccessfulHandlerExecution();
        events.expectEventsMatching(PaymentIntentMatchers.publishes(TransferCreated.class, created ->
                assertThat(created.transfer().amount()).isEqualTo(500)));
    }

    @Test
    void aRefundReversesTheRefundedShareOfEachTransferRoundedDown() {
        fixture.givenCommands(create(10_000, details(), PLAN))
               .when(refund("re_1", 3_333L))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(PaymentIntentMatchers.publishes(TransferReversed.class, reversed -> {
                   // 1001 × 3333 / 10000 = 333.6…, rounded down.
                   assertThat(reversed.transfer().destination()).isEqualTo("acct_two");
                   assertThat(reversed.amount()).isEqualTo(333);
                   assertThat(reversed.amountReversed()).isEqualTo(333);
               }));
    }

    @Test
    void theRestOfARefundReversesTheRestOfEachTransfer() {
        fixture.givenCommands(create(10_000, details(), PLAN), refund("re_1", 3_333L))
               .when(refund("re_2", null))
               .expectEventsMatching(PaymentIntentMatchers.publishes(TransferReversed.class, reversed -> {
                   assertThat(reversed.amount()).isEqualTo(1_001 - 333);
                   assertThat(reversed.amountReversed()).isEqualTo(1_001);
               }));
    }

    @Test
    void transfersAboveTheAmountAreRefusedAndNothingIsCreated() {
        fixture.givenNoPriorActivity()
               .when(create(4_000, details(), PLAN))
               .expectNoEvents()
               .expectException(PaymentIntentFixture.rejectedWith(PaymentErrorCode.AMOUNT_TOO_LARGE));
    }

    @Test
    void twoTransfersToOneAccountAreRefused() {
        fixture.givenNoPriorActivity()
               .when(create(10_000, details(), List.of(new TransferPlan("acct_one", 1), new TransferPlan("acct_one",
                       2))))
               .expectNoEvents()
               .expectException(PaymentIntentFixture.rejectedWith(PaymentErrorCode.INVALID_REQUEST));
    }

    @Test
    void theTransfersAreRecordedAtCreation() {
        fixture.givenNoPriorActivity()
               .when(new CreatePaymentIntent(ID, ACCOUNT, 10_000, "usd", details(), ID + "_secret_test", null, null,
                       PLAN))
               .expectEvents(new io.paymentledger.messages.paymentintent.PaymentIntentCreated(ID, ACCOUNT, 10_000,
                       "usd", io.paymentledger.command.paymentintent.PaymentIntentPatches.completed(details()),
                       ID + "_secret_test"), new TransfersPlanned(ID, ACCOUNT, PLAN));
    }

    private static RefundCharge refund(String refundId, Long amount) {
        return new RefundCharge(ID, ACCOUNT, chargeOf(), refundId, amount, RefundReason.REQUESTED_BY_CUSTOMER,
                Map.of());
    }

    private static String chargeOf() {
        return SequentialIds.id("ch_", 1);
    }
}
