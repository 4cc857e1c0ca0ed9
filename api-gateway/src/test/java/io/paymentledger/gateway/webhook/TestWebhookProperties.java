package io.paymentledger.gateway.webhook;

import java.time.Duration;
import java.util.List;

/** Webhook settings for unit tests: the defaults but for the ones a test is about. */
final class TestWebhookProperties {

    private TestWebhookProperties() {
    }

    static WebhookProperties with(Boolean allowPrivateTargets, Duration timeout) {
        return new WebhookProperties(allowPrivateTargets, List.of(Duration.ofMinutes(5)), timeout, 4,
                Duration.ofSeconds(1), Duration.ofMinutes(2), true, 100, Duration.ofSeconds(30));
    }
}
