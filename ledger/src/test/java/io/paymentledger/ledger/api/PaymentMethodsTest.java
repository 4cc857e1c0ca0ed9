package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodCreateParams;
import org.junit.jupiter.api.Test;

/** stripe-java's PaymentMethod.create and retrieve (docs/api.md §3.10), and a created pm_ paying for intents. */
class PaymentMethodsTest extends StripeApiTest {

    private static PaymentMethodCreateParams card(String number, long expYear) {
        return PaymentMethodCreateParams.builder().setType(PaymentMethodCreateParams.Type.CARD)
                .setCard(PaymentMethodCreateParams.CardDetails.builder().setNumber(number).setExpMonth(12L)
                        .setExpYear(expYear).setCvc("123").build())
                .setBillingDetails(PaymentMethodCreateParams.BillingDetails.builder().setName("Ada").build())
                .putMetadata("source", "e2e").build();
    }

    @Test
    void createsRetrievesAndPaysWithACard() throws Exception {
        PaymentMethod created = PaymentMethod.create(card("4000056655665556", 2031), as(ALPHA));

        assertThat(created.getId()).startsWith("pm_");
        assertThat(created.getType()).isEqualTo("card");
        assertThat(created.getCard().getBrand()).isEqualTo("visa");
        assertThat(created.getCard().getLast4()).isEqualTo("5556");
        assertThat(created.getCard().getFunding()).isEqualTo("debit");
        assertThat(created.getCard().getExpYear()).isEqualTo(2031L);
        assertThat(created.getCard().getChecks().getCvcCheck()).isEqualTo("pass");
        assertThat(created.getBillingDetails().getName()).isEqualTo("Ada");
        assertThat(created.getMetadata()).containsEntry("source", "e2e");

        PaymentMethod retrieved = PaymentMethod.retrieve(created.getId(), as(ALPHA));
        assertThat(retrieved.getId()).isEqualTo(created.getId());
        assertThat(retrieved.getCard().getFingerprint()).isEqualTo(created.getCard().getFingerprint());

        // Any intent of the account may use it, again and again.
        for (int i = 0; i < 2; i++) {
            PaymentIntent paid = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                    .setCurrency("usd").setPaymentMethod(created.getId()).setConfirm(true).build(), as(ALPHA));
            assertThat(paid.getStatus()).isEqualTo("succeeded");
            assertThat(paid.getPaymentMethod()).isEqualTo(created.getId());
        }
        PaymentIntent later = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L)
                .setCurrency("usd").build(), as(ALPHA));
        assertThat(later.confirm(PaymentIntentConfirmParams.builder().setPaymentMethod(created.getId()).build(),
                as(ALPHA)).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void createsFromATestToken() throws Exception {
        PaymentMethod created = PaymentMethod.create(PaymentMethodCreateParams.builder()
                .setType(PaymentMethodCreateParams.Type.CARD)
                .setCard(PaymentMethodCreateParams.Token.builder().setToken("tok_chargeDeclined").build())
                .build(), as(ALPHA));
        assertThat(created.getCard().getLast4()).isEqualTo("0002");

        CardException declined = catchThrowableOfType(CardException.class, () -> PaymentIntent.create(
                PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                        .setPaymentMethod(created.getId()).setConfirm(true).build(), as(ALPHA)));
        assertThat(declined.getDeclineCode()).isEqualTo("generic_decline");
    }

    @Test
    void anotherAccountsPaymentMethodIsMissing() throws Exception {
        PaymentMethod alphas = PaymentMethod.create(card("4242424242424242", 2031), as(ALPHA));

        InvalidRequestException retrieve = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentMethod.retrieve(alphas.getId(), as(BETA)));
        assertThat(retrieve.getStatusCode()).isEqualTo(404);
        assertThat(retrieve.getCode()).isEqualTo("resource_missing");

        InvalidRequestException use = catchThrowableOfType(InvalidRequestException.class, () -> PaymentIntent.create(
                PaymentIntentCreateParams.builder().setAmount(2_000L).setCurrency("usd")
                        .setPaymentMethod(alphas.getId()).build(), as(BETA)));
        assertThat(use.getCode()).isEqualTo("resource_missing");
        assertThat(use.getParam()).isEqualTo("payment_method");
    }

    @Test
    void refusesAnExpiryYearNoCardCarriesAsACardError() {
        CardException refused = catchThrowableOfType(CardException.class,
                () -> PaymentMethod.create(card("4242424242424242", 999_999_999L), as(ALPHA)));
        assertThat(refused.getCode()).isEqualTo("invalid_expiry_year");
        assertThat(refused.getParam()).isEqualTo("exp_year");
    }

    @Test
    void honoursTheIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        PaymentMethod first = PaymentMethod.create(card("4242424242424242", 2031), as(ALPHA, key));
        PaymentMethod again = PaymentMethod.create(card("4242424242424242", 2031), as(ALPHA, key));
        assertThat(again.getId()).isEqualTo(first.getId());
    }
}
