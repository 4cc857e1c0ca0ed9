package io.paymentledger.command.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the command side ({@code ledger.payments.*}). The card fingerprint secret is the gateway's: the
 * gateway tokenizes cards.
 *
 * @param confirmationLimit  confirmation attempts an intent may make; the next one cancels it (docs/api.md §4.2)
 * @param settlementDelay    how long a {@code processing} attempt waits before it settles (docs/api.md §5.3)
 * @param snapshotThreshold  events after which an intent is snapshotted
 * @param refundSettlementDelay how long a pending refund (docs/api.md §15, {@code pm_card_refundFail}) waits for
 *                           its outcome
 * @param aggregateCacheSize intents kept in memory between commands (0: none; a node that shares its event store
 *                           with other nodes that take commands for the same intents must use 0)
 * @param deviceDelay        how long a simulated terminal takes to approve or decline (docs/api.md §19.3)
 * @param deviceTimeout      how long the simulated terminal that never reads a card waits before it gives up
 */
@ConfigurationProperties(prefix = "ledger.payments")
public record PaymentsProperties(@DefaultValue("20") int confirmationLimit,
                                 @DefaultValue("10s") Duration settlementDelay,
                                 @DefaultValue("50") int snapshotThreshold,
                                 @DefaultValue("10000") int aggregateCacheSize,
                                 @DefaultValue("5s") Duration refundSettlementDelay,
                                 @DefaultValue("3s") Duration deviceDelay,
                                 @DefaultValue("10s") Duration deviceTimeout) {
}
