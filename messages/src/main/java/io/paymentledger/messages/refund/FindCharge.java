package io.paymentledger.messages.refund;

/** One charge of the account; answered with an {@code Optional<ChargeDetailView>}. */
public record FindCharge(String accountId, String chargeId) {
}
