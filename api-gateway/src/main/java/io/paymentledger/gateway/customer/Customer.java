package io.paymentledger.gateway.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.paymentledger.messages.paymentmethod.Address;

import java.util.List;
import java.util.Map;

/**
 * A customer of an account (docs/api.md §17): who pays, with the cards saved to them. A gateway record, not an
 * aggregate; the intents that name it carry its id in their events.
 */
public record Customer(String id, String accountId, long createdMillis, String email, String name, String phone,
                       String description, Address address, Shipping shipping, List<String> preferredLocales,
                       String invoicePrefix, String defaultPaymentMethod, Map<String, String> metadata,
                       boolean deleted) {

    /** Stripe's customer shipping: a name, an address and an optional phone (no carrier or tracking number). */
    public record Shipping(Address address, String name, String phone) {
    }

    @JsonIgnore
    public long created() {
        return createdMillis / 1000;
    }

    Customer asDeleted() {
        return new Customer(id, accountId, createdMillis, email, name, phone, description, address, shipping,
                preferredLocales, invoicePrefix, null, metadata, true);
    }

    Customer withDefaultPaymentMethod(String paymentMethodId) {
        return new Customer(id, accountId, createdMillis, email, name, phone, description, address, shipping,
                preferredLocales, invoicePrefix, paymentMethodId, metadata, deleted);
    }
}
