package io.paymentledger.messages.paymentintent;

/** A refund's status: {@code pending} until the processor answers, then {@code succeeded} or {@code failed}. */
public enum RefundStatus {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    FAILED("failed");

    private final String wireName;

    RefundStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
