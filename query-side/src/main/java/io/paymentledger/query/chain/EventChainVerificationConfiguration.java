package io.paymentledger.query.chain;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The verification of the event chain, reading the store the mode has: Axon's JDBC table in the standalone ledger
 * and the PostgreSQL cluster, Axon Server's event stream when {@code axon.axonserver.enabled} (the query service).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventChainVerificationConfiguration {

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    StoredEvents jdbcStoredEvents(JdbcTemplate jdbc) {
        return new JdbcStoredEvents(jdbc);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
    StoredEvents axonServerStoredEvents(AxonServerConnectionManager connections) {
        return new AxonServerStoredEvents(connections);
    }

    @Bean
    EventChainVerification eventChainVerification(StoredEvents storedEvents, EventChainHeads heads,
                                                  MeterRegistry registry) {
        return new EventChainVerification(storedEvents, heads, registry);
    }
}
