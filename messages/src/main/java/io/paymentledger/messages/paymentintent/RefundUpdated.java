package io.paymentledger.messages.paymentintent;

import java.util.Map;

/** A refund's metadata changed; {@code metadata} is the whole new metadata. */
public record RefundUpdated(String paymentIntentId, String accountId, String chargeId, String refundId,
                            Map<String, String> metadata)
        implements PaymentIntentEvent {
}
