package io.paymentledger.messages.paymentintent;

/** Nullable fields a request can unset with an empty string ({@code description=}). */
public enum PatchField {
    CUSTOMER,
    DESCRIPTION,
    PAYMENT_METHOD,
    RECEIPT_EMAIL,
    SETUP_FUTURE_USAGE,
    SHIPPING,
    STATEMENT_DESCRIPTOR,
    STATEMENT_DESCRIPTOR_SUFFIX
}
