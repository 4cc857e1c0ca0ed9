package io.paymentledger.messages.paymentmethod;

import java.time.Instant;
import java.util.Map;

/**
 * A card payment method ({@code pm_…}) as the ledger stores it. {@code processorReference} is the payment
 * processor's handle on the card (a vault token at a real acquirer, the test behaviour in test mode); it lets
 * the processor charge the card later without the ledger ever holding the number.
 */
public record PaymentMethod(String id, Instant created, String type, CardDetails card, BillingDetails billingDetails,
                            Map<String, String> metadata, String processorReference) {
}
