package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentintent.RefundReason;
import io.paymentledger.messages.paymentintent.RefundStatus;

import java.time.Instant;
import java.util.Map;

/**
 * A refund as the refunds read model holds it; {@code version} is the sequence number of the intent's latest event
 * the row reflects, for read-after-write.
 */
public record RefundView(String id, String accountId, String paymentIntentId, String chargeId, long amount,
                         String currency, RefundReason reason, RefundStatus status, String failureReason,
                         Map<String, String> metadata, Instant created, long version) {
}
