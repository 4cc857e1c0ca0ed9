package io.paymentledger.messages.books;

import java.time.Instant;

/** The account's trial balance from the postings made up to and including {@code asOf}. */
public record FindTrialBalance(String accountId, Instant asOf) {
}
