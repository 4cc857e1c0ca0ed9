package io.paymentledger.gateway.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.paymentledger.gateway.PaymentIntentViews;
import io.paymentledger.gateway.charge.ChargeJson;
import io.paymentledger.gateway.refund.RefundJson;
import io.paymentledger.gateway.web.WireLinks;
import io.paymentledger.messages.event.ApiEventObject;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.RefundView;
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
                Instant.ofEpochSecond(1_763_900_123L), 42, "pi_1", ApiEventObject.of(after), ApiEventObject.of(before),
                "req_1", "key_1");

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
    void aChargeEventCarriesTheChargeAsItsEndpointRendersItAndWhatChanged() {
        ChargeDetailView before = charge(0);
        ChargeDetailView after = charge(500);
        ApiEventView event = new ApiEventView("evt_3", "acct_a", "charge.refunded", Instant.EPOCH, 9, "pi_3",
                ApiEventObject.of(after), ApiEventObject.of(before), null, null);

        Map<?, ?> data = (Map<?, ?>) EventJson.event(event, "2025-08-27.basil", 0, LINKS).get("data");

        assertThat(data.get("object")).isEqualTo(ChargeJson.charge(after, false));
        assertThat(data.get("previous_attributes")).isEqualTo(Map.of("amount_refunded", 0L));
    }

    @Test
    void aRefundEventCarriesTheRefund() {
        RefundView refund = new RefundView("re_1", "acct_a", "pi_3", "ch_3", 500, "usd", null, RefundStatus.FAILED,
                "expired_or_canceled_card", Map.of(), Instant.EPOCH, 4);
        RefundView pending = new RefundView("re_1", "acct_a", "pi_3", "ch_3", 500, "usd", null, RefundStatus.PENDING,
                null, Map.of(), Instant.EPOCH, 3);
        ApiEventView event = new ApiEventView("evt_4", "acct_a", "refund.failed", Instant.EPOCH, 10, "pi_3",
                ApiEventObject.of(refund), ApiEventObject.of(pending), null, null);

        Map<?, ?> data = (Map<?, ?>) EventJson.event(event, "2025-08-27.basil", 0, LINKS).get("data");

        assertThat(data.get("object")).isEqualTo(RefundJson.refund(refund));
        Map<String, Object> previous = new java.util.HashMap<>();
        previous.put("failure_balance_transaction", null);
        previous.put("failure_reason", null);
        previous.put("status", "pending");
        assertThat(data.get("previous_attributes")).isEqualTo(previous);
    }

    private static ChargeDetailView charge(long refunded) {
        return new ChargeDetailView("ch_3", "acct_a", "pi_3", 2_000, 2_000, refunded, true, "usd", "succeeded", null,
                null, null, "pm_1", null, Instant.EPOCH, 3, List.of(), null);
    }

    @Test
    void aCreationEventHasNoPreviousAttributesAndASystemEventNoRequest() {
        PaymentIntentView created = PaymentIntentViews.view("pi_2", PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0);
        ApiEventView event = new ApiEventView("evt_2", "acct_a", "payment_intent.created", Instant.EPOCH, 1, "pi_2",
                ApiEventObject.of(created), null, null, null);

        Map<String, Object> json = EventJson.event(event, "2025-08-27.basil", 0, LINKS);

        assertThat(((Map<?, ?>) json.get("data")).containsKey("previous_attributes")).isFalse();
        Map<?, ?> request = (Map<?, ?>) json.get("request");
        assertThat(request.get("id")).isNull();
        assertThat(request.get("idempotency_key")).isNull();
    }
}
