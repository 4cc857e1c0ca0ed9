package io.paymentledger.gateway.charge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A charge's {@code outcome} as Stripe shows it, wherever a charge is rendered (its own object or an intent's). */
public final class ChargeOutcomeJson {

    /** Declines that Stripe's fraud rules, not the issuer, refused. */
    private static final Set<String> BLOCKED = Set.of("fraudulent", "merchant_blacklist");

    private ChargeOutcomeJson() {
    }

    public static Map<String, Object> outcome(String status, String declineCode) {
        Map<String, Object> json = new LinkedHashMap<>();
        boolean failed = "failed".equals(status);
        // Set.of refuses null lookups: a failure without a decline code (a reader timeout) is not blocked.
        boolean blocked = failed && declineCode != null && BLOCKED.contains(declineCode);
        json.put("network_status", blocked ? "not_sent_to_network"
                : failed ? "declined_by_network" : "approved_by_network");
        json.put("reason", failed ? declineCode : null);
        json.put("risk_level", "normal");
        json.put("seller_message", blocked ? "Stripe blocked this payment."
                : failed ? "The bank did not return any further details with this decline." : "Payment complete.");
        json.put("type", blocked ? "blocked" : failed ? "issuer_declined" : "authorized");
        return json;
    }
}
