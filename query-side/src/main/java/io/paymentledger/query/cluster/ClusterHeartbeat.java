package io.paymentledger.query.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Keeps this node's row in {@code ledger_node} fresh and the segment counts of {@link FairSegmentShare} current.
 * Runs on a scheduler of its own so that a busy application scheduler cannot make a live node look dead. Starts
 * before Axon's processors (lower phase) and stops after them, leaving the cluster last.
 */
public final class ClusterHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterHeartbeat.class);

    private final ClusterMembership membership;
    private final FairSegmentShare share;
    private final ClusterProperties properties;
    private ThreadPoolTaskScheduler scheduler;

    public ClusterHeartbeat(ClusterMembership membership, FairSegmentShare share, ClusterProperties properties) {
        this.membership = membership;
        this.share = share;
        this.properties = properties;
    }

    @Override
    public void start() {
        beat();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("ledger-heartbeat-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::beat, properties.heartbeatInterval());
    }

    private void beat() {
        try {
            membership.heartbeat();
            share.refresh();
            membership.forgetLongDeadNodes();
        } catch (RuntimeException e) {
            // A missed beat only delays rebalancing; the next one retries.
            log.warn("Cluster heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        scheduler = null;
        membership.leave();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
