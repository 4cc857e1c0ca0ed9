package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentmethod.CardDetails;

import java.time.Instant;
import java.util.List;

/**
 * A charge as the charges read model holds it, with its refunds (newest first). {@code status} is {@code pending},
 * {@code succeeded} or {@code failed}; {@code card} is the card charged, null when none is known.
 */
public record ChargeDetailView(String id, String accountId, String paymentIntentId, long amount, long amountCaptured,
                               long amountRefunded, boolean captured, String currency, String status,
                               String failureCode, String failureMessage, String declineCode,
                               String paymentMethodId, CardDetails card, Instant created, long version,
                               List<RefundView> refunds) {

    /** Stripe's {@code refunded}: the whole captured amount went back. */
    public boolean refunded() {
        return captured && amountCaptured > 0 && amountRefunded >= amountCaptured;
    }
}
