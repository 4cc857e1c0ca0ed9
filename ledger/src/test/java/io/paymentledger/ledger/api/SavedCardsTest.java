package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerListPaymentMethodsParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.SetupFutureUsage;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.PaymentMethodDetachParams;
import org.junit.jupiter.api.Test;

/**
 * setup_future_usage saving the card to the intent's customer, and off-session payments with saved cards, through
 * stripe-java (docs/api.md §17.4), including the test cards that ask for authentication.
 */
class SavedCardsTest extends StripeApiTest {

    private Customer customer(String name) throws Exception {
        return Customer.create(CustomerCreateParams.builder().setName(name).setEmail(name + "@example.com").build(),
                as(ALPHA));
    }

    /** An on-session payment that saves its card: 3-D Secure first where the card asks for it. */
    private String paidAndSaved(Customer customer, String testCard, SetupFutureUsage usage) throws Exception {
        PaymentIntent first = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                .setCurrency("usd").setCustomer(customer.getId()).setSetupFutureUsage(usage)
                .setPaymentMethod(testCard).setConfirm(true).build(), as(ALPHA));
        if (first.getStatus().equals("requires_action")) {
            HttpResponse<String> authenticated = send(request("/v1/test_helpers/payment_intents/" + first.getId()
                    + "/authenticate", ALPHA).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("outcome=succeed")));
            assertThat(authenticated.statusCode()).as(authenticated.body()).isEqualTo(200);
        }
        PaymentIntent paid = PaymentIntent.retrieve(first.getId(), as(ALPHA));
        assertThat(paid.getStatus()).isEqualTo("succeeded");
        return paid.getPaymentMethod();
    }

    private static PaymentIntentCreateParams offSession(Customer customer, String paymentMethod) {
        return PaymentIntentCreateParams.builder().setAmount(1_500L).setCurrency("usd").setCustomer(customer.getId())
                .setPaymentMethod(paymentMethod).setOffSession(true).setConfirm(true).build();
    }

    @Test
    void savesTheCardOnSuccessAndPaysOffSessionWithIt() throws Exception {
        Customer ada = customer("ada");
        String saved = paidAndSaved(ada, "pm_card_authenticationRequiredOnSetup", SetupFutureUsage.OFF_SESSION);

        assertThat(ada.listPaymentMethods(CustomerListPaymentMethodsParams.builder().build(), as(ALPHA)).getData())
                .extracting(PaymentMethod::getId).containsExactly(saved);
        assertThat(PaymentMethod.retrieve(saved, as(ALPHA)).getCustomer()).isEqualTo(ada.getId());

        // Set up off session by the first payment: no authentication is asked for any more.
        PaymentIntent later = PaymentIntent.create(offSession(ada, saved), as(ALPHA));
        assertThat(later.getStatus()).isEqualTo("succeeded");
        assertThat(later.getPaymentMethod()).isEqualTo(saved);

        PaymentIntent expanded = PaymentIntent.retrieve(later.getId(), PaymentIntentRetrieveParams.builder()
                .addExpand("customer").build(), as(ALPHA));
        assertThat(expanded.getCustomerObject().getEmail()).isEqualTo("ada@example.com");
    }

    @Test
    void cardsThatAlwaysAuthenticateOrWereSavedOnSessionAreDeclinedOffSession() throws Exception {
        Customer ada = customer("ada2");
        String always = paidAndSaved(ada, "pm_card_authenticationRequired", SetupFutureUsage.OFF_SESSION);
        String onSession = paidAndSaved(ada, "pm_card_authenticationRequiredOnSetup", SetupFutureUsage.ON_SESSION);

        for (String saved : new String[] {always, onSession}) {
            CardException declined = catchThrowableOfType(CardException.class,
                    () -> PaymentIntent.create(offSession(ada, saved), as(ALPHA)));
            assertThat(declined.getCode()).isEqualTo("authentication_required");
            assertThat(declined.getStatusCode()).isEqualTo(402);
        }
    }

    @Test
    void aSavedCardPaysOnlyForItsCustomersIntents() throws Exception {
        Customer ada = customer("ada3");
        Customer bob = customer("bob3");
        String saved = paidAndSaved(ada, "pm_card_visa", SetupFutureUsage.OFF_SESSION);

        InvalidRequestException others = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentIntent.create(offSession(bob, saved), as(ALPHA)));
        assertThat(others.getStatusCode()).isEqualTo(400);
        assertThat(others.getParam()).isEqualTo("payment_method");
        assertThat(others.getMessage()).contains(ada.getId());
        InvalidRequestException nobody = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L).setCurrency("usd")
                        .setPaymentMethod(saved).setConfirm(true).build(), as(ALPHA)));
        assertThat(nobody.getParam()).isEqualTo("payment_method");
        InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L).setCurrency("usd")
                        .setCustomer("cus_nobody").build(), as(ALPHA)));
        assertThat(missing.getCode()).isEqualTo("resource_missing");
        assertThat(missing.getParam()).isEqualTo("customer");
        // Another account cannot name Ada at all.
        InvalidRequestException beta = catchThrowableOfType(InvalidRequestException.class,
                () -> PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L).setCurrency("usd")
                        .setCustomer(ada.getId()).build(), as(BETA)));
        assertThat(beta.getCode()).isEqualTo("resource_missing");
    }

    @Test
    void aLaterUpdateOfThePaidIntentDoesNotSaveADetachedCardAgain() throws Exception {
        Customer ada = customer("ada4");
        PaymentIntent paid = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(2_000L)
                .setCurrency("usd").setCustomer(ada.getId()).setSetupFutureUsage(SetupFutureUsage.OFF_SESSION)
                .setPaymentMethod("pm_card_visa").setConfirm(true).build(), as(ALPHA));
        PaymentMethod saved = PaymentMethod.retrieve(paid.getPaymentMethod(), as(ALPHA));
        assertThat(saved.getCustomer()).isEqualTo(ada.getId());

        saved.detach(PaymentMethodDetachParams.builder().build(), as(ALPHA));
        paid.update(PaymentIntentUpdateParams.builder().putMetadata("note", "after").build(), as(ALPHA));
        assertThat(PaymentMethod.retrieve(saved.getId(), as(ALPHA)).getCustomer()).isNull();
    }
}
