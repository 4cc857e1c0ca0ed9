package io.paymentledger.messages.paymentintent;

/** Whether the payment method is saved for later use. */
public enum SetupFutureUsage {
    ON_SESSION("on_session"),
    OFF_SESSION("off_session");

    private final String wireName;

    SetupFutureUsage(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
