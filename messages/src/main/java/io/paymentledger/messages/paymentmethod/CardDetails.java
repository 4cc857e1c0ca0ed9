package io.paymentledger.messages.paymentmethod;

/**
 * What the ledger keeps of a card: never the number or the CVC. {@code fingerprint} is an account-scoped
 * keyed hash (HMAC) of the number, so the same card is recognisable without being recoverable.
 */
public record CardDetails(String brand, String last4, int expMonth, int expYear, String funding, String country,
                          String fingerprint, String cvcCheck) {
}
