package io.paymentledger.messages.paymentintent;

/** The {@code off_session} confirm parameter: {@code true}/{@code false} or the kind of off-session payment. */
public enum OffSession {
    TRUE("true"),
    FALSE("false"),
    ONE_OFF("one_off"),
    RECURRING("recurring");

    private final String wireName;

    OffSession(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
