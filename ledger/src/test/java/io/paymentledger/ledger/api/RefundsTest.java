package io.paymentledger.ledger.api;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.ChargeRetrieveParams;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.RefundUpdateParams;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Refunds and charges end to end with the official stripe-java client (docs/api.md §15). */
class RefundsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PaymentIntent paid(String paymentMethod, long amount) throws StripeException {
        return PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("usd")
                .setPaymentMethod(paymentMethod).setConfirm(true)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).setAllowRedirects(
                                PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER).build())
                .build(), as(ALPHA));
    }

    @Test
    void partialRefundsUntilTheCapturedAmountIsUsedUp() throws StripeException {
        PaymentIntent intent = paid("pm_card_visa", 2_000);

        Refund first = Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(1_500L)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).putMetadata("order", "A-1").build(),
                as(ALPHA, uniqueKey()));
        Refund rest = Refund.create(RefundCreateParams.builder().setCharge(intent.getLatestCharge()).build(),
                as(ALPHA));

        assertThat(first.getStatus()).isEqualTo("succeeded");
        assertThat(first.getAmount()).isEqualTo(1_500L);
        assertThat(first.getCharge()).isEqualTo(intent.getLatestCharge());
        assertThat(first.getPaymentIntent()).isEqualTo(intent.getId());
        assertThat(first.getReason()).isEqualTo("requested_by_customer");
        assertThat(first.getMetadata()).containsEntry("order", "A-1");
        assertThat(rest.getAmount()).isEqualTo(500L);
        assertThat(Refund.retrieve(first.getId(), as(ALPHA)).getAmount()).isEqualTo(1_500L);

        Charge charge = Charge.retrieve(intent.getLatestCharge(),
                ChargeRetrieveParams.builder().addExpand("refunds").build(), as(ALPHA));
        assertThat(charge.getAmountRefunded()).isEqualTo(2_000L);
        assertThat(charge.getRefunded()).isTrue();
        assertThat(charge.getPaymentMethodDetails().getCard().getLast4()).isEqualTo("4242");
        assertThat(charge.getRefunds().getData()).extracting(Refund::getId)
                .containsExactlyInAnyOrder(first.getId(), rest.getId());

        assertThatThrownBy(() -> Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(ALPHA)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getCode()).isEqualTo("charge_already_refunded"));

        Charge latest = PaymentIntent.retrieve(intent.getId(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(), as(ALPHA))
                .getLatestChargeObject();
        assertThat(latest.getAmountRefunded()).isEqualTo(2_000L);
        assertThat(latest.getRefunded()).isTrue();
        HttpResponse<String> history = send(request("/v1/payment_intents/" + intent.getId() + "/history", ALPHA)
                .GET());
        assertThat(history.body()).contains("RefundCreated");
        HttpResponse<String> csv = send(request("/v1/payment_intents?limit=100", ALPHA)
                .header("Accept", "text/csv").GET());
        assertThat(csv.body()).startsWith("id,created,status,amount,amount_capturable,amount_received,amount_refunded,")
                .contains("\"" + intent.getId() + "\"," + intent.getCreated());
        assertThat(csv.body().lines().filter(line -> line.startsWith("\"" + intent.getId()))
                .findFirst().orElseThrow()).contains(",succeeded,2000,0,2000,2000,");
    }

    @Test
    void theIntentsLatestChargeAndTheChargeAreTheSameJson() throws Exception {
        PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                .setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).setDescription("Order B-7")
                .putMetadata("order", "B-7").build(), as(ALPHA));
        Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(700L).build(),
                as(ALPHA));

        // The intent's view and the charges read model are two projections: wait until both show the refund.
        await().atMost(Duration.ofSeconds(30)).until(() -> latestCharge(intent).path("amount_refunded").asLong() == 700);
        JsonNode latest = latestCharge(intent);
        JsonNode charge = JSON.readTree(send(request("/v1/charges/" + intent.getLatestCharge(), ALPHA).GET()).body());

        assertThat((Object) latest).isEqualTo(charge);
        assertThat(charge.path("paid").asBoolean()).isTrue();
        assertThat(charge.path("refunded").asBoolean()).isFalse();
        assertThat(charge.path("amount_refunded").asLong()).isEqualTo(700);
        assertThat(charge.path("description").asText()).isEqualTo("Order B-7");
        assertThat(charge.path("metadata").path("order").asText()).isEqualTo("B-7");
        assertThat(charge.path("payment_method_details").path("card").path("fingerprint").asText()).isNotBlank();
        JsonNode expanded = JSON.readTree(send(request("/v1/charges/" + intent.getLatestCharge()
                + "?expand[]=refunds", ALPHA).GET()).body());
        assertThat(expanded.path("refunds").path("data")).hasSize(1);
        JsonNode withoutRefunds = ((ObjectNode) expanded.deepCopy()).without("refunds");
        assertThat((Object) withoutRefunds).isEqualTo(charge);
    }

    @Test
    void cancelingAnAuthorizationReleasesItAsARefundOfTheCharge() throws StripeException {
        PaymentIntent intent = authorized(ALPHA, 1_500);

        PaymentIntent canceled = intent.cancel(PaymentIntentCancelParams.builder().build(), as(ALPHA));

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        await().atMost(Duration.ofSeconds(30)).until(() -> Charge.retrieve(intent.getLatestCharge(), as(ALPHA))
                .getRefunded());
        Charge charge = Charge.retrieve(intent.getLatestCharge(), as(ALPHA));
        assertThat(charge.getCaptured()).isFalse();
        assertThat(charge.getAmountRefunded()).isEqualTo(1_500L);
        Charge latest = PaymentIntent.retrieve(intent.getId(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(), as(ALPHA))
                .getLatestChargeObject();
        assertThat(latest.getRefunded()).isTrue();
        assertThat(latest.getAmountRefunded()).isEqualTo(1_500L);
        await().atMost(Duration.ofSeconds(30)).until(() -> Event.list(EventListParams.builder()
                .setType("charge.refunded").setLimit(100L).build(), as(ALPHA)).getData().stream()
                .anyMatch(e -> e.getDataObjectDeserializer().getObject()
                        .map(o -> ((Charge) o).getId().equals(intent.getLatestCharge())).orElse(false)));
        assertThatThrownBy(() -> Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(ALPHA))).isInstanceOf(InvalidRequestException.class);
    }

    private JsonNode latestCharge(PaymentIntent intent) throws Exception {
        return JSON.readTree(send(request("/v1/payment_intents/" + intent.getId() + "?expand[]=latest_charge", ALPHA)
                .GET()).body()).path("latest_charge");
    }

    @Test
    void refusesMoreThanIsLeftAndAnUncapturedIntent() throws StripeException {
        PaymentIntent intent = paid("pm_card_visa", 1_000);
        assertThatThrownBy(() -> Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId())
                .setAmount(1_001L).build(), as(ALPHA)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("amount_too_large");
                    assertThat(e.getParam()).isEqualTo("amount");
                });

        PaymentIntent uncaptured = authorized(ALPHA, 1_000);
        assertThatThrownBy(() -> Refund.create(RefundCreateParams.builder().setPaymentIntent(uncaptured.getId())
                .build(), as(ALPHA)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("Cancel the PaymentIntent"));
    }

    @Test
    void aPartialCaptureRefundsAtMostWhatWasCaptured() throws StripeException {
        PaymentIntent intent = authorized(ALPHA, 2_000);
        intent.capture(PaymentIntentCaptureParams.builder().setAmountToCapture(1_200L).build(), as(ALPHA));

        Refund refund = Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(ALPHA));

        assertThat(refund.getAmount()).isEqualTo(1_200L);
    }

    @Test
    void aRefundFailCardsRefundStaysPendingUntilExpiredAndGivesItsAmountBack() throws StripeException {
        PaymentIntent intent = paid("pm_card_refundFail", 1_000);
        Refund pending = Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(ALPHA));
        assertThat(pending.getStatus()).isEqualTo("pending");

        HttpResponse<String> expired = send(request("/v1/test_helpers/refunds/" + pending.getId() + "/expire", ALPHA)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(expired.statusCode()).isEqualTo(200);
        Refund failed = Refund.retrieve(pending.getId(), as(ALPHA));
        assertThat(failed.getStatus()).isEqualTo("failed");
        assertThat(failed.getFailureReason()).isEqualTo("expired_or_canceled_card");
        assertThat(Charge.retrieve(intent.getLatestCharge(), as(ALPHA)).getAmountRefunded()).isZero();
    }

    @Test
    void listsWithAutoPagingAndUpdatesMetadata() throws StripeException {
        PaymentIntent intent = paid("pm_card_visa", 1_000);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(100L)
                    .build(), as(ALPHA)).getId());
        }
        Refund updated = Refund.retrieve(created.get(0), as(ALPHA))
                .update(RefundUpdateParams.builder().putMetadata("note", "x").build(), as(ALPHA));
        assertThat(updated.getMetadata()).containsEntry("note", "x");

        List<String> listed = new ArrayList<>();
        Refund.list(RefundListParams.builder().setPaymentIntent(intent.getId()).setLimit(2L).build(), as(ALPHA))
                .autoPagingIterable().forEach(refund -> listed.add(refund.getId()));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void anotherAccountsRefundAndChargeAreMissing() throws StripeException {
        PaymentIntent intent = paid("pm_card_visa", 1_000);
        Refund refund = Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(ALPHA));

        assertThatThrownBy(() -> Refund.retrieve(refund.getId(), as(BETA)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> Charge.retrieve(intent.getLatestCharge(), as(BETA)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getCode()).isEqualTo("resource_missing"));
        assertThatThrownBy(() -> Refund.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build(),
                as(BETA)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void aRetriedRefundWithTheSameIdempotencyKeyRefundsOnce() throws StripeException {
        PaymentIntent intent = paid("pm_card_visa", 1_000);
        String key = uniqueKey();
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(400L)
                .build();

        Refund first = Refund.create(params, as(ALPHA, key));
        Refund retried = Refund.create(params, as(ALPHA, key));

        assertThat(retried.getId()).isEqualTo(first.getId());
        assertThat(Charge.retrieve(intent.getLatestCharge(), as(ALPHA)).getAmountRefunded()).isEqualTo(400L);
    }
}
