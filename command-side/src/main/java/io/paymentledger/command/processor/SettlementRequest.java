package io.paymentledger.command.processor;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

/** Settles the pending charge of an asynchronous attempt. */
public record SettlementRequest(String accountId, String paymentIntentId, String chargeId,
                                PaymentMethod paymentMethod) {
}
