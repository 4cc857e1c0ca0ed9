package io.paymentledger.gateway.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.paymentledger.gateway.auth.AccountCapabilities;
import io.paymentledger.gateway.auth.ApiKeys;
import io.paymentledger.gateway.auth.ConsumerKeys;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
@EnableScheduling
class GatewayConfiguration {

    private static final int CONCURRENCY_RETRIES = 5;
    private static final long RETRY_BASE_DELAY_MILLIS = 20;

    /** Fails start-up when no key is configured and the development key is not allowed. */
    @Bean
    ApiKeys apiKeys(GatewayProperties properties, Environment environment) {
        String configured = properties.apiKeys() != null ? properties.apiKeys()
                : environment.getProperty("LEDGER_API_KEYS");
        String restricted = properties.restrictedKeys() != null ? properties.restrictedKeys()
                : environment.getProperty("LEDGER_RESTRICTED_KEYS");
        return ApiKeys.parse(configured, restricted, properties.allowDevelopmentKey());
    }

    /** The WooPayments route's consumer key pairs; none configured means that route refuses every call. */
    @Bean
    ConsumerKeys consumerKeys(GatewayProperties properties, Environment environment) {
        return ConsumerKeys.parse(properties.consumerKeys() != null ? properties.consumerKeys()
                : environment.getProperty("LEDGER_CONSUMER_KEYS"));
    }

    /** What each account may do (docs/api.md §19.2); none configured means every account may do everything. */
    @Bean
    AccountCapabilities accountCapabilities(GatewayProperties properties, Environment environment) {
        return AccountCapabilities.parse(properties.accountCapabilities() != null ? properties.accountCapabilities()
                : environment.getProperty("LEDGER_ACCOUNT_CAPABILITIES"));
    }

    /**
     * Replaces Axon's default gateway (which is only created when none exists) by one that retries commands
     * that lost an optimistic-locking race to another node.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(retryExecutor(), CONCURRENCY_RETRIES,
                        RETRY_BASE_DELAY_MILLIS))
                .build();
    }

    private static ScheduledExecutorService retryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }
}
