package io.paymentledger.ledger.events;

import java.time.Duration;
import java.util.List;

import com.stripe.Stripe;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.WebhookEndpoint;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signed webhook deliveries to a real receiver, verified with stripe-java: order, retries, resend. */
class WebhookDeliveryTest extends EventsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void deliversEveryEventOfAnIntentSignedAndInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver, ORDERING);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(2_500L).setCurrency("usd")
                    .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                    .setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(ORDERING));
            intent.capture(PaymentIntentCaptureParams.builder().build(), as(ORDERING));

            await().atMost(WAIT).until(() -> receiver.accepted(intent.getId()).size() == 5);

            List<Event> events = receiver.accepted(intent.getId());
            assertThat(events).extracting(Event::getType).containsExactly("payment_intent.created",
                    "payment_intent.amount_capturable_updated", "charge.succeeded", "payment_intent.succeeded",
                    "charge.captured");
            assertThat(events.stream().filter(e -> e.getType().startsWith("payment_intent.")))
                    .extracting(e -> ((PaymentIntent) e.getDataObjectDeserializer().getObject()
                    .orElseThrow()).getStatus()).containsExactly("requires_payment_method", "requires_capture",
                    "succeeded");
            Charge captured = (Charge) events.get(4).getDataObjectDeserializer().getObject().orElseThrow();
            assertThat(captured.getCaptured()).isTrue();
            assertThat(events.get(4).getData().getPreviousAttributes()).containsEntry("captured", false)
                    .containsKey("amount_captured");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.getApiVersion()).isEqualTo(Stripe.API_VERSION);
                assertThat(e.getId()).startsWith("evt_");
                assertThat(e.getRequest().getId()).startsWith("req_");
            });
            assertThat(receiver.badSignatures()).isEmpty();
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventExactlyOnceMoreAfterRecovering() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.failNext(3);
            WebhookEndpoint endpoint = subscribe(receiver, RETRIES);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(1_000L).setCurrency("eur").build(), as(RETRIES));

            await().atMost(WAIT).until(() -> receiver.accepted(intent.getId()).size() == 1);
            String eventId = receiver.accepted(intent.getId()).get(0).getId();
            // The ledger records the attempt once the receiver's answer is back.
            await().atMost(WAIT).until(() -> Event.retrieve(eventId, as(RETRIES)).getPendingWebhooks() == 0);
            String attempts = get(RETRIES, "/v1/events/" + eventId + "/deliveries").body();

            assertThat(attempts.split("\"object\":\"webhook_delivery_attempt\"", -1)).hasSize(5);
            assertThat(attempts).contains("\"webhook_endpoint\":\"" + endpoint.getId() + "\"")
                    .contains("\"http_status\":500").contains("\"http_status\":200");
            assertThat(receiver.requests()).isEqualTo(4);
            assertThat(receiver.accepted()).hasSize(1);
        }
    }

    @Test
    void resendsADeliveredEventOnDemand() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver, RESEND);
            PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder()
                    .setAmount(700L).setCurrency("usd").build(), as(RESEND));
            await().atMost(WAIT).until(() -> receiver.accepted(intent.getId()).size() == 1);
            String eventId = receiver.accepted(intent.getId()).get(0).getId();
            await().atMost(WAIT).until(() -> Event.retrieve(eventId, as(RESEND)).getPendingWebhooks() == 0);

            assertThat(post(RESEND, "/v1/events/" + eventId + "/resend", "").statusCode()).isEqualTo(200);

            await().atMost(WAIT).until(() -> receiver.accepted(intent.getId()).size() == 2);
            assertThat(receiver.accepted(intent.getId())).extracting(Event::getId).containsOnly(eventId);
            // The resend is an admin action: the admin audit log lists it with the key and the account.
            await().atMost(WAIT).until(() -> adminGet("/admin/audit-log?limit=100").body()
                    .contains("/v1/events/" + eventId + "/resend"));
            assertThat(adminGet("/admin/audit-log?limit=100").body()).contains("account=acct_ev_resend")
                    .doesNotContain(RESEND);
        }
    }
}
