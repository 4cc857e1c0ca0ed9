package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.messages.paymentintent.Shipping;
import io.paymentledger.messages.paymentmethod.Address;
import io.paymentledger.messages.paymentmethod.BillingDetails;

import java.util.Set;

/** {@code shipping} and {@code billing_details}, each with its {@code address} hash. */
public final class AddressParams {

    static final int MAX_STRING = 5000;
    private static final Set<String> ADDRESS = Set.of("city", "country", "line1", "line2", "postal_code", "state");
    private static final Set<String> SHIPPING = Set.of("address", "carrier", "name", "phone", "tracking_number");
    private static final Set<String> BILLING = Set.of("address", "email", "name", "phone");

    private AddressParams() {
    }

    /** Shipping needs a name and an address with {@code line1} (docs/api.md §3.1). {@code shipping=} is the caller's. */
    public static Shipping shipping(ParamReader params, String key) {
        ParamReader shipping = params.object(key);
        if (shipping == null) {
            return null;
        }
        shipping.allowOnly(SHIPPING);
        String name = shipping.requiredString("name", MAX_STRING);
        if (!shipping.has("address")) {
            throw ParamErrors.missing(shipping.name("address"));
        }
        ParamReader address = shipping.object("address").allowOnly(ADDRESS);
        address.requiredString("line1", MAX_STRING);
        return new Shipping(address(address), shipping.optionalString("carrier", MAX_STRING), name,
                shipping.optionalString("phone", MAX_STRING), shipping.optionalString("tracking_number", MAX_STRING));
    }

    public static BillingDetails billingDetails(ParamReader params, String key) {
        if (params.isEmpty(key)) {
            return null;
        }
        ParamReader billing = params.object(key);
        if (billing == null) {
            return null;
        }
        billing.allowOnly(BILLING);
        ParamReader address = billing.isEmpty("address") ? null : billing.object("address");
        if (address != null) {
            address.allowOnly(ADDRESS);
        }
        String email = billing.optionalString("email", MAX_STRING);
        if (email != null) {
            TextParams.requireEmail(billing.name("email"), email);
        }
        return new BillingDetails(address == null ? null : address(address), email,
                billing.optionalString("name", MAX_STRING), billing.optionalString("phone", MAX_STRING));
    }

    private static Address address(ParamReader address) {
        return new Address(address.optionalString("city", MAX_STRING), address.optionalString("country", MAX_STRING),
                address.optionalString("line1", MAX_STRING), address.optionalString("line2", MAX_STRING),
                address.optionalString("postal_code", MAX_STRING), address.optionalString("state", MAX_STRING));
    }
}
