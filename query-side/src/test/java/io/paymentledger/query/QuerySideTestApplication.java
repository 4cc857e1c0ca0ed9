package io.paymentledger.query;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The query side alone, for tests: H2 in memory with the query-side migrations, and an in-memory event store
 * (the JDBC event store's schema belongs to the command side).
 */
@SpringBootApplication
public class QuerySideTestApplication {

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
