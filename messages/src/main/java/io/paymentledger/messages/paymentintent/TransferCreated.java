package io.paymentledger.messages.paymentintent;

/**
 * A succeeded intent sent part of its charge on to another account (docs/api.md §19.4): from the intent's account's
 * balance to the destination's.
 */
public record TransferCreated(String paymentIntentId, String accountId, String chargeId, Transfer transfer)
        implements PaymentIntentEvent {
}
