package io.paymentledger.messages.paymentintent;

/** Why an intent was canceled; {@code automatic} is set by the ledger, the others by the caller. */
public enum CancellationReason {
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    ABANDONED("abandoned"),
    AUTOMATIC("automatic");

    private final String wireName;

    CancellationReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
