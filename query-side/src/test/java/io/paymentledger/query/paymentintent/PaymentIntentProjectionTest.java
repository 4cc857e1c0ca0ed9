package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.attached;
import static io.paymentledger.query.PaymentIntentEvents.authenticated;
import static io.paymentledger.query.PaymentIntentEvents.authorized;
import static io.paymentledger.query.PaymentIntentEvents.canceled;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static io.paymentledger.query.PaymentIntentEvents.declined;
import static io.paymentledger.query.PaymentIntentEvents.detached;
import static io.paymentledger.query.PaymentIntentEvents.details;
import static io.paymentledger.query.PaymentIntentEvents.processing;
import static io.paymentledger.query.PaymentIntentEvents.requiresAction;
import static io.paymentledger.query.PaymentIntentEvents.succeeded;
import static io.paymentledger.query.PaymentIntentEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class PaymentIntentProjectionTest {

    private final String account = anyAccountId();
    private final String id = anyIntentId();

    @Autowired
    PaymentIntentProjection projection;
    @Autowired
    PaymentIntentQueryHandlers queries;

    @Test
    void createsTheViewInRequiresPaymentMethod() {
        projection.on(created(id, account, 2_000, "usd", details("cus_1", Map.of("order", "A-1"))), T0, 0,
                new GlobalSequenceTrackingToken(7));

        PaymentIntentView view = find();
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(view.amount()).isEqualTo(2_000);
        assertThat(view.currency()).isEqualTo("usd");
        assertThat(view.created()).isEqualTo(T0);
        assertThat(view.version()).isZero();
        assertThat(view.clientSecret()).isEqualTo(id + "_secret_abc");
        assertThat(view.details().references().customer()).isEqualTo("cus_1");
        assertThat(view.details().metadata()).containsEntry("order", "A-1");
    }

    @Test
    void updateReplacesAmountCurrencyDetailsAndStatus() {
        create();
        projection.on(updated(id, account, 3_000, "eur", details("cus_2", Map.of()),
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD), T0.plusSeconds(1), 1);

        PaymentIntentView view = find();
        assertThat(view.amount()).isEqualTo(3_000);
        assertThat(view.currency()).isEqualTo("eur");
        assertThat(view.details().references().customer()).isEqualTo("cus_2");
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void attachingAndDetachingAPaymentMethodMovesBetweenRequiresConfirmationAndRequiresPaymentMethod() {
        create();
        projection.on(attached(id, account), T0, 1);
        assertThat(find().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(find().paymentMethod().card().last4()).isEqualTo("4242");

        projection.on(detached(id, account), T0, 2);
        assertThat(find().status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(find().paymentMethod()).isNull();
    }

    @Test
    void requiresActionSetsTheNextActionAndAuthenticationClearsIt() {
        create();
        projection.on(attached(id, account), T0, 1);
        projection.on(requiresAction(id, account), T0, 2);
        assertThat(find().status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        assertThat(find().nextAction().type()).isEqualTo("redirect_to_url");

        projection.on(authenticated(id, account), T0, 3);
        assertThat(find().status()).isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(find().nextAction()).isNull();
    }

    @Test
    void processingRecordsAPendingCharge() {
        create();
        projection.on(processing(id, account, 2_000), T0, 1);

        assertThat(find().status()).isEqualTo(PaymentIntentStatus.PROCESSING);
        assertThat(find().latestCharge().status()).isEqualTo("pending");
    }

    @Test
    void authorizationMakesTheAmountCapturable() {
        create();
        projection.on(attached(id, account), T0, 1);
        projection.on(authorized(id, account, 2_000), T0, 2);

        PaymentIntentView view = find();
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(view.amountCapturable()).isEqualTo(2_000);
        assertThat(view.latestCharge().captured()).isFalse();
        assertThat(view.latestCharge().paymentMethodId()).isEqualTo(view.paymentMethod().id());
    }

    @Test
    void partialCaptureSucceedsWithTheCapturedAmountAndNothingLeftCapturable() {
        create();
        projection.on(authorized(id, account, 2_000), T0, 1);
        projection.on(succeeded(id, account, 1_500, 500), T0.plusSeconds(5), 2);

        PaymentIntentView view = find();
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(view.amount()).isEqualTo(2_000);
        assertThat(view.amountReceived()).isEqualTo(1_500);
        assertThat(view.amountCapturable()).isZero();
        assertThat(view.latestCharge().amountCaptured()).isEqualTo(1_500);
        assertThat(view.latestCharge().created()).isEqualTo(T0);
    }

    @Test
    void declineRecordsTheErrorAndAFailedChargeAndDropsThePaymentMethod() {
        create();
        projection.on(attached(id, account), T0, 1);
        projection.on(declined(id, account), T0, 2);

        PaymentIntentView view = find();
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(view.paymentMethod()).isNull();
        assertThat(view.lastPaymentError().error().code()).isEqualTo(PaymentErrorCode.CARD_DECLINED);
        assertThat(view.latestCharge().status()).isEqualTo("failed");
        assertThat(view.latestCharge().failureCode()).isEqualTo("card_declined");

        projection.on(attached(id, account), T0, 3);
        assertThat(find().lastPaymentError()).isNull();
    }

    @Test
    void cancelSetsCanceledAtAndReasonAndReleasesTheHold() {
        create();
        projection.on(authorized(id, account, 2_000), T0, 1);
        projection.on(canceled(id, account, 2_000), T0.plusSeconds(60), 2);

        PaymentIntentView view = find();
        assertThat(view.status()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(view.canceledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(view.cancellationReason()).isEqualTo(CancellationReason.REQUESTED_BY_CUSTOMER);
        assertThat(view.amountCapturable()).isZero();
    }

    @Test
    void redeliveredEventsAreSkipped() {
        create();
        projection.on(authorized(id, account, 2_000), T0, 1);
        projection.on(succeeded(id, account, 2_000, 0), T0, 2);
        PaymentIntentView before = find();

        projection.on(authorized(id, account, 2_000), T0, 1);
        projection.on(created(id, account, 9_999, "eur"), T0, 0, new GlobalSequenceTrackingToken(1));

        assertThat(find()).isEqualTo(before);
    }

    @Test
    void anotherAccountCannotFindTheIntent() {
        create();

        assertThat(queries.handle(new FindPaymentIntent(anyAccountId(), id))).isEmpty();
    }

    private void create() {
        projection.on(created(id, account, 2_000, "usd"), T0, 0, new GlobalSequenceTrackingToken(1));
    }

    private PaymentIntentView find() {
        return queries.handle(new FindPaymentIntent(account, id)).orElseThrow();
    }
}
