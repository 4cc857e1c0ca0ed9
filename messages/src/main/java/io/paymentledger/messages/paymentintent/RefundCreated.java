package io.paymentledger.messages.paymentintent;

import java.util.Map;

/**
 * A refund of {@code amount} of charge {@code chargeId}; {@code status} is {@code succeeded}, or {@code pending}
 * when the processor answers later. A pending refund already counts as refunded until it fails.
 */
public record RefundCreated(String paymentIntentId, String accountId, String chargeId, String refundId, long amount,
                            String currency, RefundReason reason, Map<String, String> metadata, RefundStatus status)
        implements PaymentIntentEvent {
}
