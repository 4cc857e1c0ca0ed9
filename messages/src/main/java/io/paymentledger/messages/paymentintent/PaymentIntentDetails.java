package io.paymentledger.messages.paymentintent;

import java.util.Map;

/**
 * The descriptive fields of an intent: everything but money, status and the payment method. Events carry the
 * complete new set whenever one of them changes, so a projection replaces rather than merges. (Revision 2 grouped
 * the fourteen flat fields of revision 1; see docs/events.md.)
 */
public record PaymentIntentDetails(PaymentSettings settings, Descriptors descriptors, References references,
                                   Map<String, String> metadata, Shipping shipping) {

    public static PaymentIntentDetails none() {
        return new PaymentIntentDetails(PaymentSettings.none(), Descriptors.none(), References.none(), Map.of(), null);
    }
}
