package io.paymentledger.messages.paymentintent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Refunds {@code amount} of a captured charge, or all that is left of it when {@code amount} is null. The gateway
 * names the new refund ({@code re_…}) and resolves the charge's intent.
 */
public record RefundCharge(@TargetAggregateIdentifier String paymentIntentId, String accountId, String chargeId,
                           String refundId, Long amount, RefundReason reason, Map<String, String> metadata)
        implements ChargeCommand {
}
