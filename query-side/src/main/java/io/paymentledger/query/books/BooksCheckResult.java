package io.paymentledger.query.books;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a books check: {@code passed} when debits equal credits in every currency and phase, every entry
 * balances, and the journal agrees with the PaymentIntent and refund read models and with the balance transactions;
 * otherwise {@code discrepancies} names what disagrees (at most 20 of each kind).
 */
public record BooksCheckResult(boolean passed, Instant checkedAt, long entries, long postings,
                               List<String> discrepancies) {
}
