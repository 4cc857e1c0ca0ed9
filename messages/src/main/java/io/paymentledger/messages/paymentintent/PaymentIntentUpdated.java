package io.paymentledger.messages.paymentintent;

import org.axonframework.serialization.Revision;

/**
 * The intent's money and descriptive fields after an update, all of them, and its status afterwards (an update
 * of an intent in {@code requires_action} abandons the pending authentication).
 */
@Revision("2")
public record PaymentIntentUpdated(String paymentIntentId, String accountId, long amount, String currency,
                                   PaymentIntentDetails details, PaymentIntentStatus status)
        implements PaymentIntentEvent {
}
