package io.paymentledger.messages.error;

/** Stripe's error {@code type}; the HTTP status follows from the {@link PaymentErrorCode}. */
public enum ErrorType {
    CARD_ERROR("card_error"),
    INVALID_REQUEST_ERROR("invalid_request_error"),
    IDEMPOTENCY_ERROR("idempotency_error"),
    API_ERROR("api_error");

    private final String wireName;

    ErrorType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
