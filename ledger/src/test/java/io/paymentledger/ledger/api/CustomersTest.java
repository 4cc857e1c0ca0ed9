package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentMethod;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerListParams;
import com.stripe.param.CustomerListPaymentMethodsParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.PaymentMethodCreateParams;
import com.stripe.param.PaymentMethodDetachParams;
import org.junit.jupiter.api.Test;

/** stripe-java's Customer and saved PaymentMethod calls against the running ledger (docs/api.md §17). */
class CustomersTest extends StripeApiTest {

    static PaymentMethod card(String number, String apiKey) throws Exception {
        return PaymentMethod.create(PaymentMethodCreateParams.builder().setType(PaymentMethodCreateParams.Type.CARD)
                .setCard(PaymentMethodCreateParams.CardDetails.builder().setNumber(number).setExpMonth(12L)
                        .setExpYear(2031L).setCvc("123").build()).build(), as(apiKey));
    }

    @Test
    void createsRetrievesUpdatesListsAndDeletesCustomers() throws Exception {
        String email = UUID.randomUUID() + "@example.com";
        Customer created = Customer.create(CustomerCreateParams.builder().setEmail(email).setName("Ada Lovelace")
                .setAddress(CustomerCreateParams.Address.builder().setLine1("1 Main St").setCountry("GB").build())
                .putMetadata("tier", "gold").addPreferredLocale("en").build(), as(ALPHA));
        assertThat(created.getId()).startsWith("cus_");
        assertThat(created.getEmail()).isEqualTo(email);
        assertThat(created.getAddress().getCountry()).isEqualTo("GB");
        assertThat(created.getBalance()).isZero();
        assertThat(created.getPreferredLocales()).containsExactly("en");

        Customer updated = Customer.retrieve(created.getId(), as(ALPHA)).update(CustomerUpdateParams.builder()
                .setPhone("+441234").putMetadata("tier", "").build(), as(ALPHA));
        assertThat(updated.getPhone()).isEqualTo("+441234");
        assertThat(updated.getMetadata()).doesNotContainKey("tier");
        assertThat(updated.getName()).isEqualTo("Ada Lovelace");

        List<String> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            more.add(Customer.create(CustomerCreateParams.builder().setEmail(email).build(), as(ALPHA)).getId());
        }
        List<String> listed = new ArrayList<>();
        Customer.list(CustomerListParams.builder().setEmail(email).setLimit(2L).build(), as(ALPHA))
                .autoPagingIterable().forEach(c -> listed.add(c.getId()));
        assertThat(listed).containsExactly(more.get(2), more.get(1), more.get(0), created.getId());
        assertThat(Customer.list(CustomerListParams.builder().setEmail(email).build(), as(BETA)).getData()).isEmpty();

        Customer deleted = Customer.retrieve(created.getId(), as(ALPHA)).delete(as(ALPHA));
        assertThat(deleted.getDeleted()).isTrue();
        assertThat(Customer.retrieve(created.getId(), as(ALPHA)).getDeleted()).isTrue();
        InvalidRequestException other = catchThrowableOfType(InvalidRequestException.class,
                () -> Customer.retrieve(more.get(0), as(BETA)));
        assertThat(other.getStatusCode()).isEqualTo(404);
        assertThat(other.getCode()).isEqualTo("resource_missing");
    }

    @Test
    void attachesListsAndDetachesSavedCards() throws Exception {
        Customer ada = Customer.create(CustomerCreateParams.builder().setName("Ada").build(), as(ALPHA));
        Customer bob = Customer.create(CustomerCreateParams.builder().setName("Bob").build(), as(ALPHA));
        PaymentMethod visa = card("4242424242424242", ALPHA);
        PaymentMethod debit = card("4000056655665556", ALPHA);

        PaymentMethod attached = visa.attach(PaymentMethodAttachParams.builder().setCustomer(ada.getId()).build(),
                as(ALPHA));
        assertThat(attached.getCustomer()).isEqualTo(ada.getId());
        debit.attach(PaymentMethodAttachParams.builder().setCustomer(ada.getId()).build(), as(ALPHA));
        InvalidRequestException taken = catchThrowableOfType(InvalidRequestException.class, () -> visa.attach(
                PaymentMethodAttachParams.builder().setCustomer(bob.getId()).build(), as(ALPHA)));
        assertThat(taken.getStatusCode()).isEqualTo(400);

        List<String> saved = new ArrayList<>();
        ada.listPaymentMethods(CustomerListPaymentMethodsParams.builder().setType(
                CustomerListPaymentMethodsParams.Type.CARD).setLimit(1L).build(), as(ALPHA))
                .autoPagingIterable().forEach(pm -> saved.add(pm.getId()));
        assertThat(saved).containsExactly(debit.getId(), visa.getId());
        assertThat(PaymentMethod.retrieve(visa.getId(), as(ALPHA)).getCustomer()).isEqualTo(ada.getId());

        PaymentMethod detached = PaymentMethod.retrieve(visa.getId(), as(ALPHA))
                .detach(PaymentMethodDetachParams.builder().build(), as(ALPHA));
        assertThat(detached.getCustomer()).isNull();
        assertThat(ada.listPaymentMethods(CustomerListPaymentMethodsParams.builder().build(), as(ALPHA)).getData())
                .extracting(PaymentMethod::getId).containsExactly(debit.getId());
    }
}
