package io.paymentledger.ledger.cluster;

import io.paymentledger.ledger.eventstore.SignallingEventSource;
import io.paymentledger.query.cluster.ClusterHeartbeat;
import io.paymentledger.query.cluster.ClusterMembership;
import io.paymentledger.query.cluster.ClusterProperties;
import io.paymentledger.query.cluster.FairSegmentShare;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

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
        return new ClusterHeartbeat(membership, share, properties);
    }
}
