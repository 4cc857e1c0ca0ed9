package io.paymentledger.messages.books;

import java.time.Instant;

/**
 * A balance transaction: {@code amount} is signed (negative when money leaves the balance), {@code net} is
 * {@code amount - fee}; it is available once {@code availableOn} has passed, pending before.
 */
public record BalanceTransactionView(String id, String accountId, String paymentIntentId, String type,
                                     String reportingCategory, String sourceId, long amount, long fee, long net,
                                     String currency, Instant created, Instant availableOn) {

    public String statusAt(Instant now) {
        return availableOn.isAfter(now) ? "pending" : "available";
    }
}
