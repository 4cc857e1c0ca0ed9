package io.paymentledger.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-key request budgets ({@code ledger.gateway.rate-limit.*}), in requests per second; 0 turns a budget off.
 *
 * @param read      GET requests per second per key ({@code LEDGER_RATE_LIMIT_READ})
 * @param write     POST and DELETE requests per second per key ({@code LEDGER_RATE_LIMIT_WRITE})
 * @param overrides other budgets for some keys, {@code <last four of the key>=<read>/<write>,...}
 *                  ({@code LEDGER_RATE_LIMIT_OVERRIDES})
 */
@ConfigurationProperties("ledger.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("0") long read, @DefaultValue("0") long write, String overrides) {
}
