package io.paymentledger.gateway.customer;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.gateway.paymentmethod.SavedPaymentMethods;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Saving cards to customers (docs/api.md §17.2): attach and detach with Stripe's rules and errors. A payment method
 * belongs to at most one customer; attaching it again to the same customer changes nothing.
 */
@Component
public class CustomerCards {

    private final CardVault vault;
    private final SavedPaymentMethods saved;
    private final Clock clock = Clock.systemUTC();

    CustomerCards(CardVault vault, SavedPaymentMethods saved) {
        this.vault = vault;
        this.saved = saved;
    }

    /**
     * The payment method {@code id} names (a test id such as {@code pm_card_visa} makes a new one), if it may be
     * attached to {@code customerId}: another customer's is refused.
     */
    public PaymentMethod checkAttachable(String accountId, String id, String customerId, String param) {
        PaymentMethod pm = vault.resolve(accountId, id, param);
        saved.customerOf(accountId, pm.id()).filter(owner -> !owner.equals(customerId)).ifPresent(owner -> {
            throw alreadyAttached(param);
        });
        return pm;
    }

    /** Keeps and attaches a payment method {@link #checkAttachable} returned (after the idempotency claim). */
    public void attach(String accountId, PaymentMethod pm, String customerId, String param) {
        vault.keep(accountId, PaymentMethodInput.of(pm));
        if (!saved.attach(accountId, pm.id(), customerId, clock.millis())
                && !saved.customerOf(accountId, pm.id()).map(customerId::equals).orElse(false)) {
            throw alreadyAttached(param); // another request attached it to someone else in between
        }
    }

    /** A customer's default payment method must be saved to it (or be attached by the same request). */
    void checkDefault(Customer customer, String attachedNow) {
        String pm = customer.defaultPaymentMethod();
        if (pm == null || pm.equals(attachedNow)) {
            return;
        }
        if (!saved.customerOf(customer.accountId(), pm).map(customer.id()::equals).orElse(false)) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "No such PaymentMethod: '" + pm
                    + "'; it must be attached to the customer before it can be its default.",
                    "invoice_settings[default_payment_method]");
        }
    }

    void detachAll(String accountId, String customerId) {
        saved.detachAll(accountId, customerId);
    }

    Map<String, Object> render(Customer customer, Expansions expansions) {
        Map<String, Object> json = CustomerJson.customer(customer);
        String pm = customer.defaultPaymentMethod();
        if (!customer.deleted() && pm != null && expansions.expands("invoice_settings.default_payment_method")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) json.get("invoice_settings");
            vault.find(customer.accountId(), pm).ifPresent(found -> settings.put("default_payment_method",
                    PaymentMethodJson.paymentMethod(found, saved.customerOf(customer.accountId(), pm).orElse(null))));
        }
        return json;
    }

    static ApiException alreadyAttached(String param) {
        return new ApiException(PaymentErrorCode.INVALID_REQUEST, "The payment method you provided has already been "
                + "attached to a customer.", param);
    }
}
