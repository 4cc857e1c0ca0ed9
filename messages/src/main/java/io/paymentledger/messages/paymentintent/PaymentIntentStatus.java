package io.paymentledger.messages.paymentintent;

/** Stripe's PaymentIntent statuses (stripe-node PaymentIntents.ts Status). */
public enum PaymentIntentStatus {
    REQUIRES_PAYMENT_METHOD("requires_payment_method"),
    REQUIRES_CONFIRMATION("requires_confirmation"),
    REQUIRES_ACTION("requires_action"),
    PROCESSING("processing"),
    REQUIRES_CAPTURE("requires_capture"),
    CANCELED("canceled"),
    SUCCEEDED("succeeded");

    private final String wireName;

    PaymentIntentStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
