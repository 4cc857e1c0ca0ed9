package io.paymentledger.ledger.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The ledger's event store: Axon's JDBC engine on the application's datasource (H2 standalone, PostgreSQL in a
 * cluster), with the schema from the Flyway migration {@code V1__event_store.sql}. Declared here rather than
 * left to Axon's auto-configuration to set the gap handling of {@link EventStoreProperties} and the indexed read
 * of {@link IndexedGapsReadStatement}; the global index may have gaps (concurrent or rolled-back transactions)
 * and the processors' tokens stay gap-aware.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
class EventStoreConfiguration {

    /** Tells a lost append race (unique aggregate/sequence) apart on PostgreSQL as well as H2. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /** The source of the pooled processors (postgres profile); the standalone tracking processors do not need it. */
    @Bean
    SignallingEventSource signallingEventSource(EventStore eventStore, EventStoreProperties properties) {
        return new SignallingEventSource(eventStore, properties.signalInterval());
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .readEventDataWithGaps(new IndexedGapsReadStatement())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .maxGapOffset(properties.maxGapOffset())
                .batchSize(properties.batchSize())
                .build();
    }
}
