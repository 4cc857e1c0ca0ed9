package io.paymentledger.ledger.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The read-model reconciliation check ({@code ledger.reconciliation.*}).
 *
 * @param interval how often the check runs to refresh the {@code ledger.reconciliation.missed} gauge
 * @param grace    events younger than this are not checked: projections may simply not have reached them yet
 * @param limit    the most intents a report lists (the count is exact)
 */
@ConfigurationProperties("ledger.reconciliation")
public record ReconciliationProperties(@DefaultValue("5m") Duration interval,
                                       @DefaultValue("2m") Duration grace,
                                       @DefaultValue("100") int limit) {
}
