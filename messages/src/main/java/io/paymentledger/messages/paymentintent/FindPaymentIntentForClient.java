package io.paymentledger.messages.paymentintent;

/**
 * The intent whose client secret is {@code clientSecret}, for pages a customer opens with it (the hosted 3-D Secure
 * and wallet pages), which know no account. Answered with {@code Optional<PaymentIntentView>}: empty for an unknown
 * intent and for a wrong secret alike.
 */
public record FindPaymentIntentForClient(String paymentIntentId, String clientSecret) {
}
