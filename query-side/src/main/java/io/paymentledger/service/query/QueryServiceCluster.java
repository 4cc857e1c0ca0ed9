package io.paymentledger.service.query;

import io.paymentledger.query.cluster.ClusterHeartbeat;
import io.paymentledger.query.cluster.ClusterMembership;
import io.paymentledger.query.cluster.ClusterProperties;
import io.paymentledger.query.cluster.FairSegmentShare;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Several query-service instances share the pooled processors' segments: each announces itself in
 * {@code ledger_node} (its schema, V300) and claims at most ceil(segments / live instances) of each processor
 * through the shared token store, as the nodes of the PostgreSQL cluster do. When an instance stops or dies, the
 * others' share grows and they claim its segments once its token claims expire. Axon Server SE does not balance
 * segments itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class QueryServiceCluster {

    @Bean
    ClusterMembership queryServiceMembership(JdbcTemplate jdbc, ClusterProperties properties) {
        return new ClusterMembership(jdbc, properties, Clock.systemUTC());
    }

    @Bean
    FairSegmentShare queryServiceSegmentShare(ClusterMembership membership, JdbcTemplate jdbc) {
        return new FairSegmentShare(membership, jdbc);
    }

    /** The default of every pooled processor; the properties' settings (segments, batch size) apply on top. */
    @Bean
    ConfigurerModule queryServiceSegmentShareModule(FairSegmentShare share) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) ->
                        builder.maxSegmentProvider(share)));
    }

    @Bean
    SmartLifecycle queryServiceHeartbeat(ClusterMembership membership, FairSegmentShare share,
                                         ClusterProperties properties) {
        return new ClusterHeartbeat(membership, share, properties);
    }
}
