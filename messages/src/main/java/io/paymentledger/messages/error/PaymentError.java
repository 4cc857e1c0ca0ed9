package io.paymentledger.messages.error;

/**
 * A Stripe-shaped error: what went wrong ({@code code}), the card network's reason ({@code declineCode}, card
 * errors only), a human message and the wire parameter at fault ({@code param}, bracket notation).
 */
public record PaymentError(PaymentErrorCode code, String declineCode, String message, String param) {
}
