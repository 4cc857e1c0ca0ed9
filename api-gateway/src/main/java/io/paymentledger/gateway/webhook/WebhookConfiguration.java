package io.paymentledger.gateway.webhook;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code ledger.webhooks.*} and configures the webhook-dispatch processor. */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /**
     * The dispatcher is an outbox: an event it fails to handle (e.g. the database is briefly unavailable) must be
     * retried, not logged and skipped as Axon does by default, or its webhooks would never be sent.
     */
    @Bean
    ConfigurerModule webhookDispatchRetriesFailures() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(WebhookDispatcher.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.INSTANCE));
    }
}
