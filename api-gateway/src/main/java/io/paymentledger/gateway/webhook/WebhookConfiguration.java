package io.paymentledger.gateway.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code ledger.webhooks.*}. */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {
}
