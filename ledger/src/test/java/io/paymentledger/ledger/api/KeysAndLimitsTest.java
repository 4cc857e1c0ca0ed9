package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import org.junit.jupiter.api.Test;

/** What the official client raises for each kind of key, the Stripe-Account header and a spent rate limit. */
class KeysAndLimitsTest extends StripeApiTest {

    private static final int ATTEMPTS = 20;

    private static PaymentIntentCreateParams visa(long amount) {
        return PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("usd").build();
    }

    @Test
    void bothKeysOfARotatedAccountReachTheSameIntents() throws Exception {
        PaymentIntent created = PaymentIntent.create(visa(2_000), as(ALPHA));
        assertThat(PaymentIntent.retrieve(created.getId(), as(ALPHA_NEXT)).getAmount()).isEqualTo(2_000L);
    }

    @Test
    void restrictedKeyReadsButItsWritesRaisePermissionException() throws Exception {
        PaymentIntent created = PaymentIntent.create(visa(2_000), as(ALPHA));
        assertThat(PaymentIntent.retrieve(created.getId(), as(READER)).getId()).isEqualTo(created.getId());

        PermissionException refused = catchThrowableOfType(PermissionException.class,
                () -> PaymentIntent.create(visa(2_000), as(READER)));
        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getStripeError().getMessage()).contains("rak_payment_intent_write");
        assertThat(catchThrowableOfType(PermissionException.class,
                () -> created.cancel(as(READER)))).isNotNull();
        assertThat(PaymentIntent.retrieve(created.getId(), as(ALPHA)).getStatus()).isEqualTo("requires_payment_method");
    }

    @Test
    void publishableKeyRetrievesAndConfirmsWithTheClientSecretOnly() throws Exception {
        PaymentIntent created = PaymentIntent.create(visa(2_000), as(ALPHA));
        PaymentIntent seen = PaymentIntent.retrieve(created.getId(),
                PaymentIntentRetrieveParams.builder().setClientSecret(created.getClientSecret()).build(),
                as(PUBLISHABLE));
        assertThat(seen.getStatus()).isEqualTo("requires_payment_method");
        // stripe-java's server-side params have no client_secret (Stripe.js sends it); it goes as an extra param.
        PaymentIntent confirmed = seen.confirm(PaymentIntentConfirmParams.builder()
                .putExtraParam("client_secret", created.getClientSecret()).setPaymentMethod("pm_card_visa").build(),
                as(PUBLISHABLE));
        assertThat(confirmed.getStatus()).isEqualTo("succeeded");

        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class,
                () -> PaymentIntent.list(PaymentIntentListParams.builder().build(), as(PUBLISHABLE)));
        assertThat(refused.getStripeError().getMessage()).startsWith("This API call cannot be made with a publishable");
        assertThat(catchThrowableOfType(AuthenticationException.class,
                () -> PaymentIntent.create(visa(2_000), as(PUBLISHABLE)))).isNotNull();
    }

    @Test
    void stripeAccountOfAnotherAccountRaisesPermissionException() throws Exception {
        PaymentIntent created = PaymentIntent.create(visa(2_000), as(ALPHA));
        RequestOptions own = RequestOptions.builder().setApiKey(ALPHA).setStripeAccount("acct_e2e_alpha").build();
        assertThat(PaymentIntent.retrieve(created.getId(), own).getId()).isEqualTo(created.getId());

        RequestOptions other = RequestOptions.builder().setApiKey(ALPHA).setStripeAccount("acct_e2e_beta").build();
        PermissionException refused = catchThrowableOfType(PermissionException.class,
                () -> PaymentIntent.retrieve(created.getId(), other));
        assertThat(refused.getStatusCode()).isEqualTo(403);
    }

    @Test
    void aSpentBudgetRaisesRateLimitExceptionWithStripesCode() throws Exception {
        RequestOptions limited = RequestOptions.builder().setApiKey(LIMITED).setMaxNetworkRetries(0).build();
        RateLimitException spent = null;
        for (int i = 0; i < ATTEMPTS && spent == null; i++) {
            try {
                PaymentIntent.list(PaymentIntentListParams.builder().setLimit(1L).build(), limited);
            } catch (RateLimitException refused) {
                spent = refused;
            }
        }
        assertThat(spent).as("a RateLimitException within %d reads at one read per second", ATTEMPTS).isNotNull();
        assertThat(spent.getStatusCode()).isEqualTo(429);
        assertThat(spent.getCode()).isEqualTo("rate_limit");
        assertThat(spent.getStripeError().getType()).isEqualTo("invalid_request_error");
    }
}
