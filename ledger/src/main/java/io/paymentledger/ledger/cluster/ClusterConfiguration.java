package io.paymentledger.ledger.cluster;

import io.paymentledger.ledger.eventstore.SignallingEventSource;
import org.axonframework.config.ConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;

/**
 * Splits every pooled streaming processor's segments over the live nodes (standalone: one node, all segments).
 * The heartbeat runs on a scheduler of its own so that a busy application scheduler cannot make a live node
 * look dead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {

    @Bean
    ClusterMembership clusterMembership(JdbcTemplate jdbc, ClusterProperties properties) {
        return new ClusterMembership(jdbc, properties, Clock.systemUTC());
    }

    @Bean
    FairSegmentShare fairSegmentShare(ClusterMembership membership, JdbcTemplate jdbc) {
        return new FairSegmentShare(membership, jdbc);
    }

    /**
     * Registered as the default of every pooled processor; property-based settings still apply on top. The source
     * tells the processors when events arrive, instead of their polling every 500 ms; it is looked up when a
     * processor is built, because the event store it wraps needs the Axon configuration this module is part of.
     */
    @Bean
    ConfigurerModule fairSegmentShareModule(FairSegmentShare share, ObjectProvider<SignallingEventSource> source) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) ->
                        builder.maxSegmentProvider(share).messageSource(source.getObject())));
    }

    @Bean
    SmartLifecycle clusterHeartbeat(ClusterMembership membership, FairSegmentShare share,
                                    ClusterProperties properties) {
        return new Heartbeat(membership, share, properties);
    }

    /** Starts before Axon's processors (lower phase) and stops after them, leaving the cluster last. */
    static final class Heartbeat implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

        private final ClusterMembership membership;
        private final FairSegmentShare share;
        private final ClusterProperties properties;
        private ThreadPoolTaskScheduler scheduler;

        Heartbeat(ClusterMembership membership, FairSegmentShare share, ClusterProperties properties) {
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
}
