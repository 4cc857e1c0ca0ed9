package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paymentledger.client.ApiClient;
import io.paymentledger.client.ApiException;
import io.paymentledger.client.api.PaymentIntentsApi;
import io.paymentledger.client.model.PaymentIntent;
import io.paymentledger.client.model.PaymentIntentConfirmParams;
import io.paymentledger.client.model.PaymentIntentCreateParams;
import io.paymentledger.client.model.PaymentIntentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from the OpenAPI document during the build (openapi-generator, native library; see
 * ledger/pom.xml) drives the running ledger: what the document says is enough to pay.
 */
class GeneratedClientTest extends StripeApiTest {

    private PaymentIntentsApi intents;

    @BeforeEach
    void client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ALPHA));
        intents = new PaymentIntentsApi(client);
    }

    @Test
    void createsAndConfirmsAPayment() throws Exception {
        PaymentIntent created = intents.postPaymentIntents(new PaymentIntentCreateParams().amount(2_000L)
                .currency("usd").putMetadataItem("order_id", "A-1"), uniqueKey());
        assertThat(created.getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(created.getMetadata()).containsEntry("order_id", "A-1");

        PaymentIntent confirmed = intents.postPaymentIntentsIntentConfirm(created.getId(), uniqueKey(),
                new PaymentIntentConfirmParams().paymentMethod("pm_card_visa"));

        assertThat(confirmed.getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(confirmed.getAmountReceived()).isEqualTo(2_000L);
        PaymentIntent retrieved = intents.getPaymentIntentsIntent(created.getId(), null, null, null);
        assertThat(retrieved.getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(retrieved.getLatestCharge().getActualInstance()).asString().startsWith("ch_");
    }

    @Test
    void aDeclinedCardIsA402() {
        ApiException declined = catchThrowableOfType(ApiException.class, () -> intents.postPaymentIntents(
                new PaymentIntentCreateParams().amount(2_000L).currency("usd")
                        .paymentMethod("pm_card_chargeDeclined").confirm(true), uniqueKey()));
        assertThat(declined.getCode()).isEqualTo(402);
        assertThat(declined.getResponseBody()).contains("card_declined");
    }
}
