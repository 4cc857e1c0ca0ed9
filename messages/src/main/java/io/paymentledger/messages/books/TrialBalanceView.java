package io.paymentledger.messages.books;

import java.time.Instant;
import java.util.List;

/** A trial balance: every ledger account's four balances as of an instant, by currency and account. */
public record TrialBalanceView(String accountId, Instant asOf, List<TrialBalanceLine> lines) {
}
