package io.paymentledger.query.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Cluster membership ({@code ledger.cluster.*}).
 *
 * @param heartbeatInterval how often a node refreshes its row in {@code ledger_node}
 * @param nodeTimeout       a node whose heartbeat is older is taken for dead (its segments are shared out again
 *                          once Axon's token claim timeout also expires)
 */
@ConfigurationProperties("ledger.cluster")
public record ClusterProperties(@DefaultValue("2s") Duration heartbeatInterval,
                                @DefaultValue("10s") Duration nodeTimeout) {
}
