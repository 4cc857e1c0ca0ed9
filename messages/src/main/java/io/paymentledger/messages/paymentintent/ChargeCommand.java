package io.paymentledger.messages.paymentintent;

/**
 * A command for one charge of an intent: the intent's aggregate routes it to its charge by {@code chargeId}, so
 * every refund is decided under the intent's lock.
 */
public interface ChargeCommand {

    String paymentIntentId();

    String accountId();

    String chargeId();
}
