package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The test helper: a pending refund fails now instead of when its deadline fires. */
public record ExpireRefund(@TargetAggregateIdentifier String paymentIntentId, String accountId, String chargeId,
                           String refundId)
        implements ChargeCommand {
}
