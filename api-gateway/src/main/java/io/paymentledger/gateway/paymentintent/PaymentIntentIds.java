package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.RandomIds;

/** New intent ids ({@code pi_} and 24 alphanumerics) and their client secrets (docs/api.md §1). */
final class PaymentIntentIds {

    private PaymentIntentIds() {
    }

    static String newId() {
        return "pi_" + RandomIds.alphanumerics(24);
    }

    static String clientSecret(String paymentIntentId) {
        return paymentIntentId + "_secret_" + RandomIds.alphanumerics(25);
    }
}
