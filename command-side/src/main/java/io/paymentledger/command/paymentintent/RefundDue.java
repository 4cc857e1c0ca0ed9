package io.paymentledger.command.paymentintent;

/** The payload of a pending refund's settlement deadline. */
record RefundDue(String chargeId, String refundId) {
}
