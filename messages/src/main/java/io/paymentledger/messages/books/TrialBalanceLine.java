package io.paymentledger.messages.books;

/** The four balances of one ledger account in one currency. */
public record TrialBalanceLine(String currency, String ledgerAccount, long debitsPending, long debitsPosted,
                               long creditsPending, long creditsPosted) {
}
