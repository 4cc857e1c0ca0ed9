package io.paymentledger.query.books;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * {@code ledger.books}: how long captured money stays pending before it is available (Stripe's settlement delay),
 * and the fee of each account ({@code ledger.books.fees.acct_x.percent=2.9}, {@code ...fixed=30}; none by default).
 * Both are read when an event is projected: changing them changes the books written from then on, and a replay
 * rewrites the old ones with the new values (docs/books.md).
 */
@ConfigurationProperties("ledger.books")
public record BooksProperties(@DefaultValue("2d") Duration settlementDelay, Map<String, FeeRule> fees) {

    public BooksProperties {
        fees = fees == null ? Map.of() : Map.copyOf(fees);
    }

    /** The fee of a capture of {@code amount} on {@code accountId}. */
    long feeOf(String accountId, long amount) {
        FeeRule rule = fees.get(accountId);
        return rule == null ? 0 : rule.feeOf(amount);
    }
}
