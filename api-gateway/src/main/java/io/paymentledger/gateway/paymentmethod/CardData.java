package io.paymentledger.gateway.paymentmethod;

/**
 * Raw card data as a request sent it ({@code card[...]} or {@code payment_method_data[card][...]}): either
 * {@code number} (with expiry and CVC) or a test {@code token} such as {@code tok_visa}. It lives only while the
 * request is parsed: {@link CardVault} turns it into a payment method, and it never enters a message, a table or a
 * log line.
 */
public record CardData(String number, Integer expMonth, Integer expYear, String cvc, String token) {

    /** Masks the number and CVC, so that a record logged by mistake never shows them. */
    @Override
    public String toString() {
        String last4 = number == null || number.length() < 4 ? "" : number.substring(number.length() - 4);
        return "CardData[number=****" + last4 + ", expMonth=" + expMonth + ", expYear=" + expYear
                + ", cvc=" + (cvc == null ? "null" : "***") + ", token=" + token + "]";
    }
}
