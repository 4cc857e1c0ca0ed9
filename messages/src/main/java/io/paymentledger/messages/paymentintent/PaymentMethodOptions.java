package io.paymentledger.messages.paymentintent;

/** Card options; {@code requestThreeDSecure} is {@code automatic}, {@code any} or {@code challenge}. */
public record PaymentMethodOptions(String requestThreeDSecure) {
}
