package io.paymentledger.messages.paymentmethod;

import java.util.Map;

/**
 * A payment method as a request names it: either an existing id ({@code pm_…} or a test id such as
 * {@code pm_card_visa}) or new card data ({@code payment_method_data}) with its billing details and metadata.
 */
public record PaymentMethodInput(String paymentMethodId, CardInput card, BillingDetails billingDetails,
                                 Map<String, String> metadata) {
}
