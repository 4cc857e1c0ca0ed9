package io.paymentledger.messages.paymentintent;

/** Whether the server must confirm again after authentication. */
public enum ConfirmationMethod {
    AUTOMATIC("automatic"),
    MANUAL("manual");

    private final String wireName;

    ConfirmationMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
