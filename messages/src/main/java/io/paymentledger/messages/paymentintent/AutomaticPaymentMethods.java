package io.paymentledger.messages.paymentintent;

/** Stored and echoed; {@code allowRedirects} is {@code always} or {@code never}. */
public record AutomaticPaymentMethods(boolean enabled, String allowRedirects) {
}
