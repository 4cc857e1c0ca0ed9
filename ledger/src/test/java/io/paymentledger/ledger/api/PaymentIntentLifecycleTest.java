package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PaymentIntentUpdateParams;
import org.junit.jupiter.api.Test;

/** Every PaymentIntent operation through stripe-java, each answer checked against the next read. */
class PaymentIntentLifecycleTest extends StripeApiTest {

    @Test
    void createsUpdatesConfirmsAndPartiallyCapturesAnIntent() throws Exception {
        PaymentIntent created = PaymentIntent.create(PaymentIntentCreateParams.builder()
                .setAmount(2_000L).setCurrency("USD")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata("order_id", "A-1").build(), as(ALPHA));
        assertThat(created.getId()).matches("pi_[A-Za-z0-9]{24}");
        assertThat(created.getClientSecret()).startsWith(created.getId() + "_secret_");
        assertThat(created.getStatus()).isEqualTo("requires_payment_method");
        assertThat(created.getCurrency()).isEqualTo("usd");
        assertThat(created.getLivemode()).isFalse();
        assertThat(created.getLastResponse().headers().firstValue("Request-Id")).hasValueSatisfying(
                id -> assertThat(id).startsWith("req_"));

        PaymentIntent updated = created.update(PaymentIntentUpdateParams.builder()
                .setDescription("Order A-1").putMetadata("note", "gift").build(), as(ALPHA));
        assertThat(updated.getDescription()).isEqualTo("Order A-1");
        assertThat(updated.getMetadata()).containsEntry("order_id", "A-1").containsEntry("note", "gift");

        PaymentIntent confirmed = updated.confirm(PaymentIntentConfirmParams.builder()
                .setPaymentMethod("pm_card_visa").build(), as(ALPHA));
        assertThat(confirmed.getStatus()).isEqualTo("requires_capture");
        assertThat(confirmed.getAmountCapturable()).isEqualTo(2_000L);

        PaymentIntent captured = confirmed.capture(PaymentIntentCaptureParams.builder()
                .setAmountToCapture(1_500L).build(), as(ALPHA));
        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(1_500L);
        assertThat(captured.getAmountCapturable()).isZero();

        PaymentIntent read = PaymentIntent.retrieve(created.getId(), PaymentIntentRetrieveParams.builder()
                .addExpand("latest_charge").addExpand("payment_method").build(), as(ALPHA));
        assertThat(read.getStatus()).isEqualTo("succeeded");
        assertThat(read.getAmountReceived()).isEqualTo(1_500L);
        assertThat(read.getLatestChargeObject()).isNotNull();
        assertThat(read.getPaymentMethodObject().getCard().getLast4()).isEqualTo("4242");
    }

    @Test
    void createsAndConfirmsInOneCallWithAutomaticCapture() throws Exception {
        PaymentIntent paid = PaymentIntent.create(PaymentIntentCreateParams.builder()
                .setAmount(1_000L).setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true)
                .build(), as(ALPHA));
        assertThat(paid.getStatus()).isEqualTo("succeeded");
        assertThat(paid.getAmountReceived()).isEqualTo(1_000L);
        assertThat(PaymentIntent.retrieve(paid.getId(), as(ALPHA)).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void cancelsAnAuthorizedIntentWithAReason() throws Exception {
        PaymentIntent intent = authorized(ALPHA, 3_000);
        PaymentIntent canceled = intent.cancel(PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.REQUESTED_BY_CUSTOMER)
                .build(), as(ALPHA));
        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getCancellationReason()).isEqualTo("requested_by_customer");
        assertThat(canceled.getCanceledAt()).isNotNull();
        assertThat(canceled.getAmountCapturable()).isZero();
    }
}
