package io.paymentledger.gateway.event;

import java.time.Instant;
import java.util.Map;

import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The event object: Stripe's fields, the requested api_version, and only changed fields as previous_attributes. */
class EventJsonTest {

    private static final WireLinks LINKS = WireLinks.of("http://localhost:8080");

    @Test
    void rendersTheIntentAfterTheEventAndThePriorValuesOfWhatChanged() {
        PaymentIntentView before = PaymentIntentViews.view("pi_1", PaymentIntentStatus.REQUIRES_CONFIRMATION, 2);
        PaymentIntentView after = PaymentIntentViews.view("pi_1", PaymentIntentStatus.SUCCEEDED, 3);
        ApiEventView event = new ApiEventView("evt_1", "acct_a", "payment_intent.succeeded",
                Instant.ofEpochSecond(1_763_900_123L), 42, "pi_1", after, before, "req_1", "key_1");

        Map<String, Object> json = EventJson.event(event, "2025-08-27.basil", 2, LINKS);

        assertThat(json).containsEntry("id", "evt_1").containsEntry("object", "event")
                .containsEntry("api_version", "2025-08-27.basil").containsEntry("created", 1_763_900_123L)
                .containsEntry("livemode", false).containsEntry("pending_webhooks", 2L)
                .containsEntry("type", "payment_intent.succeeded");
        assertThat(json.get("request")).isEqualTo(Map.of("id", "req_1", "idempotency_key", "key_1"));
        Map<?, ?> data = (Map<?, ?>) json.get("data");
        assertThat(((Map<?, ?>) data.get("object")).get("status")).isEqualTo("succeeded");
        @SuppressWarnings("unchecked")
        Map<String, Object> previous = (Map<String, Object>) data.get("previous_attributes");
        assertThat(previous.get("status")).isEqualTo("requires_confirmation");
        assertThat(previous).doesNotContainKeys("id", "amount", "currency", "created");
    }

    @Test
    void aCreationEventHasNoPreviousAttributesAndASystemEventNoRequest() {
        PaymentIntentView created = PaymentIntentViews.view("pi_2", PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0);
        ApiEventView event = new ApiEventView("evt_2", "acct_a", "payment_intent.created", Instant.EPOCH, 1, "pi_2",
                created, null, null, null);

        Map<String, Object> json = EventJson.event(event, "2025-08-27.basil", 0, LINKS);

        assertThat(((Map<?, ?>) json.get("data")).containsKey("previous_attributes")).isFalse();
        Map<?, ?> request = (Map<?, ?>) json.get("request");
        assertThat(request.get("id")).isNull();
        assertThat(request.get("idempotency_key")).isNull();
    }
}
