package io.paymentledger.command.axon;

import io.paymentledger.command.processor.Ids;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.TestPaymentProcessor;
import io.paymentledger.messages.paymentintent.AuditMetadata;
import io.paymentledger.messages.upcasting.PaymentIntentDetailsUpcaster;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

import java.util.Arrays;

/** Axon wiring of the command side: error interceptor, snapshots, audit metadata and the payment processor. */
@Configuration
@EnableConfigurationProperties(PaymentsProperties.class)
@PropertySource("classpath:io/paymentledger/command/payments-defaults.properties")
public class CommandSideConfiguration {

    /** Until a real acquirer adapter exists, the test-mode processor is the processor. */
    @Bean
    @ConditionalOnMissingBean(PaymentProcessor.class)
    public PaymentProcessor testPaymentProcessor(PaymentsProperties properties) {
        return new TestPaymentProcessor(Ids.random(), properties.deviceDelay(), properties.deviceTimeout());
    }

    /**
     * Reads events stored before their details were grouped; the aggregate sources them. The query side declares
     * the same bean, and in one JVM (the standalone ledger) the first declaration wins.
     */
    @Bean
    @ConditionalOnMissingBean(PaymentIntentDetailsUpcaster.class)
    public PaymentIntentDetailsUpcaster paymentIntentDetailsUpcaster() {
        return new PaymentIntentDetailsUpcaster();
    }

    @Bean
    public Registration paymentErrorInterceptorRegistration(CommandBus commandBus) {
        return commandBus.registerHandlerInterceptor(new PaymentErrorInterceptor());
    }

    /** Named in {@code @Aggregate(snapshotTriggerDefinition = ...)} of the PaymentIntent. */
    @Bean
    public SnapshotTriggerDefinition paymentIntentSnapshotTrigger(Snapshotter snapshotter,
                                                                  PaymentsProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * Named in {@code @Aggregate(cache = ...)}: the intents of the last {@code aggregate-cache-size} commands stay in
     * memory, so a command does not read its intent's snapshot and events again. Only for a node that alone takes
     * the commands of its intents (standalone; Axon Server routes each intent to one command service); on a shared
     * PostgreSQL store a cached intent would be stale once another node appends to it, so there it is off.
     */
    @Bean(destroyMethod = "close")
    public CacheManager paymentIntentCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    public Cache paymentIntentCache(CacheManager paymentIntentCacheManager, PaymentsProperties properties) {
        if (properties.aggregateCacheSize() <= 0) {
            return NoCache.INSTANCE;
        }
        return new EhCache3Adapter((Ehcache<?, ?>) paymentIntentCacheManager.createCache("payment-intents",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(properties.aggregateCacheSize()))));
    }

    /** Copies the gateway's audit keys from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider auditMetadataCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(
                Arrays.stream(AuditMetadata.values()).map(AuditMetadata::key).toArray(String[]::new));
    }

    /**
     * Axon registers its own origin provider only when no other provider exists, so declaring one above would
     * otherwise drop the correlation and trace ids.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
