package io.paymentledger.messages.paymentintent;

import java.time.Instant;

/** The charge of one attempt; {@code status} is {@code succeeded}, {@code pending} or {@code failed}. */
public record ChargeView(String id, long amount, long amountCaptured, boolean captured, Instant created,
                         String currency, String status, String failureCode, String failureMessage,
                         String declineCode, String paymentMethodId) {
}
