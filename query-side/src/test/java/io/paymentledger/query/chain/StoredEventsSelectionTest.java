package io.paymentledger.query.chain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Verification reads the store of its mode: Axon Server's event stream in the query service (which never meets a
 * real Axon Server in CI), the JDBC table in the standalone ledger and the cluster.
 */
class StoredEventsSelectionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EventChainVerificationConfiguration.class)
            .withBean(AxonServerConnectionManager.class, () -> mock(AxonServerConnectionManager.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class))
            .withBean(EventChainHeads.class, () -> mock(EventChainHeads.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void readsAxonServerWhenConnectedToIt() {
        context.withPropertyValues("axon.axonserver.enabled=true").run(service ->
                assertThat(service.getBean(StoredEvents.class)).isInstanceOf(AxonServerStoredEvents.class));
    }

    @Test
    void readsTheJdbcTableOtherwise() {
        context.withPropertyValues("axon.axonserver.enabled=false").run(ledger ->
                assertThat(ledger.getBean(StoredEvents.class)).isInstanceOf(JdbcStoredEvents.class));
    }
}
