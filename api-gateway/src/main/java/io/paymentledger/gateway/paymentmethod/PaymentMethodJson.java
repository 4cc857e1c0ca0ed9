package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.messages.paymentintent.Shipping;
import io.paymentledger.messages.paymentmethod.Address;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PaymentMethod object of docs/api.md §2.3 and the address-shaped hashes it shares with shipping. */
public final class PaymentMethodJson {

    private static final Map<String, String> DISPLAY_BRANDS = Map.of("amex", "american_express",
            "diners", "diners_club");

    private static final String CARD_PRESENT = "card_present";

    private PaymentMethodJson() {
    }

    public static Map<String, Object> paymentMethod(PaymentMethod pm) {
        return paymentMethod(pm, null);
    }

    /** With the {@code cus_…} it is saved to, or null. */
    public static Map<String, Object> paymentMethod(PaymentMethod pm, String customer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", pm.id());
        json.put("object", "payment_method");
        json.put("allow_redisplay", "unspecified");
        json.put("billing_details", billingDetails(pm.billingDetails()));
        // A card read by a terminal is card_present, with the card's details under that name (docs/api.md §19.3).
        boolean present = CARD_PRESENT.equals(pm.type());
        json.put("card", present ? null : card(pm.card()));
        json.put("created", seconds(pm.created()));
        json.put("customer", customer);
        json.put("livemode", false);
        json.put("metadata", pm.metadata() == null ? Map.of() : new LinkedHashMap<>(pm.metadata()));
        json.put("type", pm.type() == null ? "card" : pm.type());
        if (present) {
            json.put(CARD_PRESENT, card(pm.card()));
        }
        if (Wallets.isWallet(pm.type())) {
            // Stripe shows a wallet's own hash, empty in test mode.
            json.put(pm.type(), Map.of());
        }
        return json;
    }

    public static Map<String, Object> billingDetails(BillingDetails billing) {
        BillingDetails b = billing == null ? new BillingDetails(null, null, null, null) : billing;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", address(b.address()));
        json.put("email", b.email());
        json.put("name", b.name());
        json.put("phone", b.phone());
        json.put("tax_id", null);
        return json;
    }

    public static Map<String, Object> shipping(Shipping shipping) {
        if (shipping == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", address(shipping.address()));
        json.put("carrier", shipping.carrier());
        json.put("name", shipping.name());
        json.put("phone", shipping.phone());
        json.put("tracking_number", shipping.trackingNumber());
        return json;
    }

    /** Every sub-field is present, null when unset (docs/api.md §2). */
    public static Map<String, Object> address(Address address) {
        Address a = address == null ? new Address(null, null, null, null, null, null) : address;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("city", a.city());
        json.put("country", a.country());
        json.put("line1", a.line1());
        json.put("line2", a.line2());
        json.put("postal_code", a.postalCode());
        json.put("state", a.state());
        return json;
    }

    private static Map<String, Object> card(CardDetails card) {
        if (card == null) {
            return null;
        }
        Map<String, Object> json = cardSummary(card);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("address_line1_check", null);
        checks.put("address_postal_code_check", null);
        checks.put("cvc_check", card.cvcCheck());
        json.put("checks", checks);
        json.put("display_brand", card.brand() == null ? null : DISPLAY_BRANDS.getOrDefault(card.brand(), card.brand()));
        json.put("generated_from", null);
        Map<String, Object> networks = new LinkedHashMap<>();
        networks.put("available", card.brand() == null ? List.of() : List.of(card.brand()));
        networks.put("preferred", null);
        json.put("networks", networks);
        json.put("three_d_secure_usage", Map.of("supported", true));
        json.put("wallet", null);
        return json;
    }

    /** The card fields a Charge repeats in {@code payment_method_details.card}. */
    public static Map<String, Object> cardSummary(CardDetails card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("brand", card.brand());
        json.put("country", card.country());
        json.put("exp_month", card.expMonth());
        json.put("exp_year", card.expYear());
        json.put("fingerprint", card.fingerprint());
        json.put("funding", card.funding());
        json.put("last4", card.last4());
        return json;
    }

    public static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }
}
