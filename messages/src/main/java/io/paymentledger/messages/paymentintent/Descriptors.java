package io.paymentledger.messages.paymentintent;

/**
 * What describes an intent to people: its description, the statement descriptors the customer's bank shows and
 * the address of the receipt. In a {@link PaymentIntentPatch} a null component is left as it is.
 */
public record Descriptors(String description, String statementDescriptor, String statementDescriptorSuffix,
                          String receiptEmail) {

    public static Descriptors none() {
        return new Descriptors(null, null, null, null);
    }
}
