package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.Set;

/**
 * Changes a request asks for. A null value (also inside {@code settings} and {@code descriptors}) is left as it
 * is; a field named in {@code unset} is cleared. The confirmation method and automatic payment methods of
 * {@code settings} cannot change and are ignored.
 */
public record PaymentIntentPatch(Long amount, String currency, PaymentMethodInput paymentMethod,
                                 PaymentSettings settings, Descriptors descriptors, String customer,
                                 Shipping shipping, MetadataPatch metadata, Set<PatchField> unset) {

    public static PaymentIntentPatch none() {
        return new PaymentIntentPatch(null, null, null, PaymentSettings.none(), Descriptors.none(), null, null,
                MetadataPatch.none(), Set.of());
    }
}
