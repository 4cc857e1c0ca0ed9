package io.paymentledger.messages.paymentmethod;

/**
 * Raw card data as the merchant sent it. It travels inside a command to the payment processor and is never
 * stored: events carry {@link CardDetails} instead. Either {@code number} (with expiry and CVC) or a test
 * {@code token} such as {@code tok_visa} is set.
 */
public record CardInput(String number, Integer expMonth, Integer expYear, String cvc, String token) {

    /** Masks the number and CVC so that a logged command never shows them. */
    @Override
    public String toString() {
        String last4 = number == null || number.length() < 4 ? "" : number.substring(number.length() - 4);
        return "CardInput[number=****" + last4 + ", expMonth=" + expMonth + ", expYear=" + expYear
                + ", cvc=" + (cvc == null ? "null" : "***") + ", token=" + token + "]";
    }
}
