package io.paymentledger.ledger.events;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.WebhookEndpointCreateParams.EnabledEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Refund and charge events end to end with stripe-java: listed by type, and delivered signed to a subscriber. */
class RefundEventsTest extends EventsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aRefundIsListedAsRefundCreatedAndDeliveredAsChargeRefunded() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver, REFUNDS, EnabledEvent.CHARGE__REFUNDED);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                    .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(REFUNDS));
            Refund refund = Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId())
                    .setAmount(500L).build(), as(REFUNDS));

            await().atMost(WAIT).until(() -> !refundCreated().isEmpty());
            Event created = refundCreated().get(0);
            Refund listed = (Refund) created.getDataObjectDeserializer().getObject().orElseThrow();
            assertThat(listed.getId()).isEqualTo(refund.getId());
            assertThat(listed.getAmount()).isEqualTo(500L);
            assertThat(listed.getStatus()).isEqualTo("succeeded");
            assertThat(created.getRequest().getId()).startsWith("req_");

            await().atMost(WAIT).until(() -> receiver.accepted(intent.getId()).size() == 1);
            Event delivered = receiver.accepted(intent.getId()).get(0);
            assertThat(delivered.getType()).isEqualTo("charge.refunded");
            Charge charge = (Charge) delivered.getDataObjectDeserializer().getObject().orElseThrow();
            assertThat(charge.getId()).isEqualTo(intent.getLatestCharge());
            assertThat(charge.getAmountRefunded()).isEqualTo(500L);
            assertThat(charge.getRefunded()).isFalse();
            assertThat(delivered.getData().getPreviousAttributes()).containsOnlyKeys("amount_refunded");
            assertThat(((Number) delivered.getData().getPreviousAttributes().get("amount_refunded")).longValue())
                    .isZero();
            assertThat(receiver.badSignatures()).isEmpty();
            assertThat(receiver.accepted()).extracting(Event::getType).containsOnly("charge.refunded");
        }
    }

    @Test
    void anEndpointForChargeCapturedGetsTheCaptureOfAnAuthorizationOnly() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver, REFUNDS, EnabledEvent.CHARGE__CAPTURED);
            PaymentIntent automatic = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(800L)
                    .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(REFUNDS));
            PaymentIntent manual = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(900L)
                    .setCurrency("usd").setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                    .setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(REFUNDS));
            manual.capture(PaymentIntentCaptureParams.builder().setAmountToCapture(700L).build(), as(REFUNDS));

            await().atMost(WAIT).until(() -> receiver.accepted(manual.getId()).size() == 1);
            Event captured = receiver.accepted(manual.getId()).get(0);
            assertThat(captured.getType()).isEqualTo("charge.captured");
            assertThat(((Charge) captured.getDataObjectDeserializer().getObject().orElseThrow()).getAmountCaptured())
                    .isEqualTo(700L);
            // The automatic payment's charge.succeeded came before the capture and was not sent to this endpoint.
            assertThat(receiver.accepted(automatic.getId())).isEmpty();
            assertThat(receiver.badSignatures()).isEmpty();
        }
    }

    @Test
    void theTypesFilterPagesThroughChargeAndRefundEvents() throws Exception {
        PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L)
                .setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(REFUNDS));
        Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(), as(REFUNDS));

        await().atMost(WAIT).until(() -> ofIntent(intent, "charge.refunded", "refund.created", "charge.succeeded")
                .size() == 3);
        assertThat(ofIntent(intent, "charge.refunded", "refund.created", "charge.succeeded"))
                .containsExactly("charge.refunded", "refund.created", "charge.succeeded");
    }

    private static List<Event> refundCreated() throws Exception {
        return Event.list(EventListParams.builder().setType("refund.created").build(), as(REFUNDS)).getData();
    }

    /** The types of the intent's events among {@code types}, newest first, read one event a page. */
    private static List<String> ofIntent(PaymentIntent intent, String... types) throws Exception {
        EventListParams.Builder params = EventListParams.builder().setLimit(1L);
        for (String type : types) {
            params.addType(type);
        }
        return StreamSupport.stream(Event.list(params.build(), as(REFUNDS)).autoPagingIterable().spliterator(), false)
                .filter(e -> intent.getId().equals(WebhookReceiver.intentId(e))).map(Event::getType).toList();
    }
}
