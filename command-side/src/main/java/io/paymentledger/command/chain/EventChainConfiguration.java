package io.paymentledger.command.chain;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EventChainInterceptor} on the event store, whichever it is: the JDBC store of the standalone
 * ledger and the PostgreSQL cluster, or Axon Server's in the command service. The payload is hashed in the form
 * the store writes it, so the interceptor uses the store's event serializer.
 */
@Configuration(proxyBeanMethods = false)
public class EventChainConfiguration {

    @Bean
    public ChainHeads eventChainHeadCache(@Value("${ledger.event-chain.head-cache-size:10000}") int capacity) {
        return new ChainHeads(capacity);
    }

    @Bean
    public EventChainInterceptor eventChainInterceptor(EventStore eventStore,
                                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                                       ChainHeads eventChainHeadCache) {
        return new EventChainInterceptor(eventStore, eventSerializer, eventChainHeadCache);
    }

    @Bean
    public Registration eventChainInterceptorRegistration(EventStore eventStore, EventChainInterceptor interceptor) {
        return eventStore.registerDispatchInterceptor(interceptor);
    }
}
