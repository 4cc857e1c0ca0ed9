package io.paymentledger.gateway.customer;

import io.paymentledger.gateway.paymentmethod.PaymentMethodJson;
import io.paymentledger.messages.paymentmethod.Address;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stripe's Customer object. Fields that belong to invoices, tax, discounts or cash balances, which the ledger does not
 * have, are rendered with Stripe's defaults for a customer that never used them.
 */
public final class CustomerJson {

    private CustomerJson() {
    }

    public static Map<String, Object> customer(Customer c) {
        if (c.deleted()) {
            return deleted(c.id());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("object", "customer");
        json.put("address", address(c.address()));
        json.put("balance", 0);
        json.put("created", c.created());
        json.put("currency", null);
        json.put("default_source", null);
        json.put("delinquent", false);
        json.put("description", c.description());
        json.put("discount", null);
        json.put("email", c.email());
        json.put("invoice_prefix", c.invoicePrefix());
        Map<String, Object> invoiceSettings = new LinkedHashMap<>();
        invoiceSettings.put("custom_fields", null);
        invoiceSettings.put("default_payment_method", c.defaultPaymentMethod());
        invoiceSettings.put("footer", null);
        invoiceSettings.put("rendering_options", null);
        json.put("invoice_settings", invoiceSettings);
        json.put("livemode", false);
        json.put("metadata", c.metadata());
        json.put("name", c.name());
        json.put("next_invoice_sequence", 1);
        json.put("phone", c.phone());
        json.put("preferred_locales", c.preferredLocales());
        json.put("shipping", shipping(c.shipping()));
        json.put("tax_exempt", "none");
        json.put("test_clock", null);
        return json;
    }

    /** Stripe's answer to a delete, and to a retrieve of a deleted customer. */
    public static Map<String, Object> deleted(String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "customer");
        json.put("deleted", true);
        return json;
    }

    private static Map<String, Object> shipping(Customer.Shipping shipping) {
        if (shipping == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", address(shipping.address()));
        json.put("name", shipping.name());
        json.put("phone", shipping.phone());
        return json;
    }

    /** A customer's address, or null when it has none; its fields as a payment method's billing address. */
    private static Map<String, Object> address(Address a) {
        return a == null ? null : PaymentMethodJson.address(a);
    }
}
