package io.paymentledger.messages.paymentintent;

/** When an approved payment is captured. */
public enum CaptureMethod {
    AUTOMATIC("automatic"),
    AUTOMATIC_ASYNC("automatic_async"),
    MANUAL("manual");

    private final String wireName;

    CaptureMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
