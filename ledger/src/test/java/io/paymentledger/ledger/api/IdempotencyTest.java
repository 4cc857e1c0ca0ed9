package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key gets the first answer again and executes nothing. */
class IdempotencyTest extends StripeApiTest {

    @Test
    void replaysTheFirstAnswerOfACreate() throws Exception {
        String key = uniqueKey();
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                .putMetadata("order_id", "R-1").build();
        PaymentIntent first = PaymentIntent.create(params, as(ALPHA, key));
        PaymentIntent replayed = PaymentIntent.create(params, as(ALPHA, key));
        assertThat(replayed.getId()).isEqualTo(first.getId());
        assertThat(replayed.getLastResponse().body()).isEqualTo(first.getLastResponse().body());
        assertThat(replayed.getLastResponse().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.getLastResponse().headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void replaysADeclineWithoutChargingAgain() throws Exception {
        String key = uniqueKey();
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                .setPaymentMethod("pm_card_chargeDeclined").setConfirm(true).build();
        CardException first = catchThrowableOfType(CardException.class,
                () -> PaymentIntent.create(params, as(ALPHA, key)));
        CardException replayed = catchThrowableOfType(CardException.class,
                () -> PaymentIntent.create(params, as(ALPHA, key)));
        String id = first.getStripeError().getPaymentIntent().getId();
        assertThat(replayed.getStripeError().getPaymentIntent().getId()).isEqualTo(id);
        assertThat(PaymentIntent.retrieve(id, as(ALPHA)).getLatestCharge())
                .isEqualTo(first.getStripeError().getPaymentIntent().getLatestCharge());
    }

    @Test
    void keysOfDifferentAccountsNeverCollide() throws Exception {
        String key = uniqueKey();
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                .build();
        PaymentIntent alphas = PaymentIntent.create(params, as(ALPHA, key));
        PaymentIntent betas = PaymentIntent.create(params, as(BETA, key));
        assertThat(betas.getId()).isNotEqualTo(alphas.getId());
    }

    @Test
    void aCorrectedRetryRunsUnderTheKeyOfARequestThatFailedValidation() throws Exception {
        String key = uniqueKey();
        InvalidRequestException tooSmall = catchThrowableOfType(InvalidRequestException.class, () ->
                PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(10L).setCurrency("usd").build(),
                        as(ALPHA, key)));
        assertThat(tooSmall.getCode()).isEqualTo("amount_too_small");
        InvalidRequestException unknownMethod = catchThrowableOfType(InvalidRequestException.class, () ->
                PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                        .setPaymentMethod("pm_card_nonexistent").setConfirm(true).build(), as(ALPHA, key)));
        assertThat(unknownMethod.getStatusCode()).isEqualTo(400);

        PaymentIntent corrected = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                .setCurrency("usd").build(), as(ALPHA, key));
        assertThat(corrected.getAmount()).isEqualTo(2_000L);
        assertThat(corrected.getLastResponse().headers().firstValue("Idempotent-Replayed")).isEmpty();
    }
}
