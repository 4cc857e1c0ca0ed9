package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a refund's metadata, the only field a refund update may change. */
public record UpdateRefund(@TargetAggregateIdentifier String paymentIntentId, String accountId, String chargeId,
                           String refundId, MetadataPatch metadata)
        implements ChargeCommand {
}
