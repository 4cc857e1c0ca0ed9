package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;

/** Each class of error arrives in stripe-java as the exception Stripe's own API would raise. */
class StripeErrorsTest extends StripeApiTest {

    @Test
    void declinedCardsRaiseCardExceptionCarryingTheIntent() {
        CardException declined = catchThrowableOfType(CardException.class, () -> PaymentIntent.create(
                PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                        .setPaymentMethod("pm_card_visa_chargeDeclinedInsufficientFunds").setConfirm(true).build(),
                as(ALPHA)));
        assertThat(declined.getStatusCode()).isEqualTo(402);
        assertThat(declined.getCode()).isEqualTo("card_declined");
        assertThat(declined.getDeclineCode()).isEqualTo("insufficient_funds");
        PaymentIntent intent = declined.getStripeError().getPaymentIntent();
        assertThat(intent.getStatus()).isEqualTo("requires_payment_method");
        assertThat(intent.getLastPaymentError().getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(declined.getRequestId()).startsWith("req_");
    }

    @Test
    void invalidParametersRaiseInvalidRequestExceptionNamingTheParameter() {
        InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class, () ->
                PaymentIntent.create(PaymentIntentCreateParams.builder().setCurrency("usd").build(), as(ALPHA)));
        assertThat(missing.getStatusCode()).isEqualTo(400);
        assertThat(missing.getCode()).isEqualTo("parameter_missing");
        assertThat(missing.getParam()).isEqualTo("amount");
    }

    @Test
    void unexpectedStatesRaiseInvalidRequestExceptionWithTheCurrentIntent() throws Exception {
        PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder()
                .setAmount(2_000L).setCurrency("usd").build(), as(ALPHA));
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> intent.capture(as(ALPHA)));
        assertThat(refused.getCode()).isEqualTo("payment_intent_unexpected_state");
        assertThat(refused.getStripeError().getPaymentIntent().getId()).isEqualTo(intent.getId());
    }

    @Test
    void unknownIntentsRaiseInvalidRequestExceptionWith404() {
        InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentIntent.retrieve("pi_doesNotExist00000000000", as(ALPHA)));
        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(missing.getCode()).isEqualTo("resource_missing");
    }

    @Test
    void unknownKeysRaiseAuthenticationException() {
        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> PaymentIntent.retrieve("pi_any", as("sk_test_notAKnownKey12345")));
        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(refused.getMessage()).contains("Invalid API Key provided").doesNotContain("notAKnownKey");
    }

    @Test
    void reusingAKeyWithOtherParametersRaisesIdempotencyException() throws Exception {
        String key = uniqueKey();
        PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd").build(),
                as(ALPHA, key));
        IdempotencyException reused = catchThrowableOfType(IdempotencyException.class, () -> PaymentIntent.create(
                PaymentIntentCreateParams.builder().setAmount(2_500L).setCurrency("usd").build(), as(ALPHA, key)));
        assertThat(reused.getStatusCode()).isEqualTo(400);
        assertThat(reused.getStripeError().getType()).isEqualTo("idempotency_error");
    }
}
