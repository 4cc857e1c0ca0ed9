package io.paymentledger.messages.paymentintent;

/** Why a refund was asked for (docs/api.md, refunds). */
public enum RefundReason {
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer");

    private final String wireName;

    RefundReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
