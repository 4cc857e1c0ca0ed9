package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.customer.CustomerJson;
import io.paymentledger.gateway.customer.CustomerRows;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentmethod.SavedPaymentMethods;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer of an intent (docs/api.md §17.4): a {@code customer} given to create, update or confirm must be a live
 * customer of the account, and a payment method saved to a customer pays only that customer's intents. Also
 * {@code expand[]=customer}.
 */
@Component
class IntentCustomers {

    private final CustomerRows customers;
    private final SavedPaymentMethods saved;
    private final PaymentIntentQueries queries;

    IntentCustomers(CustomerRows customers, SavedPaymentMethods saved, PaymentIntentQueries queries) {
        this.customers = customers;
        this.saved = saved;
        this.queries = queries;
    }

    /** Refuses the command (400, nothing sent) when its customer or payment method breaks a rule. */
    void check(String accountId, Object command) {
        if (command instanceof CreatePaymentIntent create) {
            String customer = create.details() == null ? null : create.details().references().customer();
            requireCustomer(accountId, customer);
            requireOwner(accountId, paymentMethod(create.paymentMethod()), customer);
        } else if (command instanceof UpdatePaymentIntent update) {
            checkPatch(accountId, update.paymentIntentId(), update.patch());
        } else if (command instanceof ConfirmPaymentIntent confirm) {
            checkPatch(accountId, confirm.paymentIntentId(), confirm.patch());
        }
    }

    private void checkPatch(String accountId, String intentId, PaymentIntentPatch patch) {
        if (patch == null) {
            return;
        }
        PaymentMethod given = paymentMethod(patch.paymentMethod());
        boolean customerChanges = patch.customer() != null || patch.unset() != null && patch.unset().contains(PatchField.CUSTOMER);
        requireCustomer(accountId, patch.customer());
        boolean givenIsSaved = given != null && saved.customerOf(accountId, given.id()).isPresent();
        if (!givenIsSaved && !customerChanges) {
            return; // nothing to compare: no saved card named, the intent's customer stays
        }
        Optional<PaymentIntentView> current = queries.find(new FindPaymentIntent(accountId, intentId),
                PaymentIntentView.class);
        if (current.isEmpty()) {
            return; // the command answers 404
        }
        PaymentIntentView intent = current.get();
        String customer = patch.customer() != null ? patch.customer()
                : patch.unset() != null && patch.unset().contains(PatchField.CUSTOMER) ? null : customerOf(intent);
        requireOwner(accountId, given != null ? given : intent.paymentMethod(), customer);
    }

    private void requireCustomer(String accountId, String customer) {
        if (customer != null && customers.findLive(accountId, customer).isEmpty()) {
            throw new ApiException(PaymentErrorCode.RESOURCE_MISSING, "No such customer: '" + customer + "'",
                    "customer");
        }
    }

    /** Stripe's rule: a payment method saved to a customer pays only with that customer named on the intent. */
    private void requireOwner(String accountId, PaymentMethod pm, String customer) {
        if (pm == null) {
            return;
        }
        saved.customerOf(accountId, pm.id()).filter(owner -> !owner.equals(customer)).ifPresent(owner -> {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The `payment_method` parameter supplied "
                    + pm.id() + " belongs to the Customer " + owner + ". Please include the Customer in the "
                    + "`customer` parameter on the PaymentIntent.", "payment_method");
        });
    }

    /** {@code expand[]=customer} (or {@code data.customer} on lists): the Customer object in place of its id. */
    Map<String, Object> expand(String accountId, Map<String, Object> intent, Expansions expansions) {
        if (expansions.expands("customer") && intent.get("customer") instanceof String id) {
            customers.find(accountId, id).ifPresent(c -> intent.put("customer", CustomerJson.customer(c)));
        }
        return intent;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> expandList(String accountId, Map<String, Object> list, Expansions expansions) {
        if (expansions.expands("customer") && list.get("data") instanceof List<?> data) {
            data.forEach(item -> expand(accountId, (Map<String, Object>) item, expansions));
        }
        return list;
    }

    static String customerOf(PaymentIntentView intent) {
        return intent.details() == null || intent.details().references() == null ? null
                : intent.details().references().customer();
    }

    private static PaymentMethod paymentMethod(PaymentMethodInput input) {
        return input == null ? null : input.paymentMethod();
    }
}
