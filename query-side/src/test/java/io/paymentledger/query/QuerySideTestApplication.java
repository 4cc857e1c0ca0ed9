package io.paymentledger.query;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The query side alone, for tests: H2 in memory with the query-side migrations, and Axon's JDBC event store
 * (gap-aware tokens, as in the ledger) on a table Axon creates itself, since the event store's migration
 * belongs to the command side.
 */
@SpringBootApplication
public class QuerySideTestApplication {

    @Bean
    EventStoreTable eventStoreTable(EventStorageEngine engine) {
        ((JdbcEventStorageEngine) engine).createSchema(PostgresEventTableFactory.INSTANCE);
        return new EventStoreTable();
    }

    /** Marks that the event store table exists. */
    static final class EventStoreTable {
    }
}
