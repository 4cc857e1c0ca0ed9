package io.paymentledger.messages.error;

import static io.paymentledger.messages.error.ErrorType.API_ERROR;
import static io.paymentledger.messages.error.ErrorType.CARD_ERROR;
import static io.paymentledger.messages.error.ErrorType.IDEMPOTENCY_ERROR;
import static io.paymentledger.messages.error.ErrorType.INVALID_REQUEST_ERROR;

/**
 * Stripe error codes used by this API (docs/api.md §6.3), plus the errors Stripe sends without a {@code code}
 * ({@code wireName} null): a bad enum or boolean, a bad currency, a search syntax error ({@code INVALID_REQUEST}),
 * an unknown URL, a missing or unknown API key, a reused idempotency key and an oversized body.
 */
public enum PaymentErrorCode {
    INVALID_REQUEST(null, INVALID_REQUEST_ERROR),
    UNRECOGNIZED_URL(null, INVALID_REQUEST_ERROR),
    PARAMETER_MISSING("parameter_missing", INVALID_REQUEST_ERROR),
    PARAMETER_UNKNOWN("parameter_unknown", INVALID_REQUEST_ERROR),
    PARAMETER_INVALID_INTEGER("parameter_invalid_integer", INVALID_REQUEST_ERROR),
    PARAMETER_INVALID_EMPTY("parameter_invalid_empty", INVALID_REQUEST_ERROR),
    PARAMETERS_EXCLUSIVE("parameters_exclusive", INVALID_REQUEST_ERROR),
    AMOUNT_TOO_SMALL("amount_too_small", INVALID_REQUEST_ERROR),
    AMOUNT_TOO_LARGE("amount_too_large", INVALID_REQUEST_ERROR),
    RESOURCE_MISSING("resource_missing", INVALID_REQUEST_ERROR),
    CHARGE_ALREADY_REFUNDED("charge_already_refunded", INVALID_REQUEST_ERROR),
    PAYMENT_INTENT_UNEXPECTED_STATE("payment_intent_unexpected_state", INVALID_REQUEST_ERROR),
    PAYMENT_INTENT_AUTHENTICATION_FAILURE("payment_intent_authentication_failure", INVALID_REQUEST_ERROR),
    /** A payment method whose type is not among the intent's {@code payment_method_types}. */
    PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD("payment_intent_incompatible_payment_method", INVALID_REQUEST_ERROR),
    AUTHENTICATION_FAILED(null, INVALID_REQUEST_ERROR),
    /** A key that may not do this (restricted key, another account in {@code Stripe-Account}): 403, no code. */
    PERMISSION_DENIED(null, INVALID_REQUEST_ERROR),
    IDEMPOTENCY_KEY_MISMATCH(null, IDEMPOTENCY_ERROR),
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use", INVALID_REQUEST_ERROR),
    BODY_TOO_LARGE(null, INVALID_REQUEST_ERROR),
    RATE_LIMIT("rate_limit", INVALID_REQUEST_ERROR),
    LOCK_TIMEOUT("lock_timeout", INVALID_REQUEST_ERROR),
    CARD_DECLINED("card_declined", CARD_ERROR),
    EXPIRED_CARD("expired_card", CARD_ERROR),
    INCORRECT_CVC("incorrect_cvc", CARD_ERROR),
    INCORRECT_NUMBER("incorrect_number", CARD_ERROR),
    INVALID_EXPIRY_MONTH("invalid_expiry_month", CARD_ERROR),
    INVALID_EXPIRY_YEAR("invalid_expiry_year", CARD_ERROR),
    INVALID_CVC("invalid_cvc", CARD_ERROR),
    INVALID_NUMBER("invalid_number", CARD_ERROR),
    PROCESSING_ERROR("processing_error", CARD_ERROR),
    AUTHENTICATION_REQUIRED("authentication_required", CARD_ERROR),
    /** A simulated terminal gave up waiting for the card (docs/api.md §19.3). */
    TERMINAL_READER_TIMEOUT("terminal_reader_timeout", CARD_ERROR),
    API_ERROR_UNEXPECTED(null, API_ERROR),
    /** The ledger's database is unreachable: 503, nothing was committed and the request may be retried. */
    API_ERROR_UNAVAILABLE(null, API_ERROR);

    private final String wireName;
    private final ErrorType type;

    PaymentErrorCode(String wireName, ErrorType type) {
        this.wireName = wireName;
        this.type = type;
    }

    /** The value of {@code error.code} on the wire, or null when Stripe sends no code. */
    public String wireName() {
        return wireName;
    }

    public ErrorType type() {
        return type;
    }
}
