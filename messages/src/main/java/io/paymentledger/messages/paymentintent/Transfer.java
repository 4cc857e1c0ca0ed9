package io.paymentledger.messages.paymentintent;

/** Money of a charge sent on to another account of the ledger: {@code amount} to {@code destination}. */
public record Transfer(String transferId, String destination, long amount, String currency) {
}
