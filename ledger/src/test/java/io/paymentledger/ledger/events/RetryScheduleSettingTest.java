package io.paymentledger.ledger.events;

import io.paymentledger.gateway.webhook.WebhookProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LEDGER_WEBHOOKS_RETRY_SCHEDULE sets the webhook retries in every mode (standalone, the PostgreSQL cluster and
 * the Axon Server gateway), and without it each mode keeps its default: seconds first in standalone, Stripe's
 * three-day schedule elsewhere. Bound from the real configuration files as Spring Boot binds them.
 */
class RetryScheduleSettingTest {

    private static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @CsvSource({
            "ledger/src/main/resources/application.yml, PT5S",
            "ledger/src/main/resources/application-postgres.yml, PT5M",
            "api-gateway/src/main/resources/application-axonserver.yml, PT5M"})
    void theVariableReplacesEachModesSchedule(String file, Duration firstDefault) throws IOException {
        assertThat(schedule(file, Map.of())).first().isEqualTo(firstDefault);
        assertThat(schedule(file, Map.of())).hasSizeGreaterThanOrEqualTo(10);

        assertThat(schedule(file, Map.of("LEDGER_WEBHOOKS_RETRY_SCHEDULE", "1s,2s,5s,1m")))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                        Duration.ofMinutes(1));
    }

    private static List<Duration> schedule(String file, Map<String, Object> environment) throws IOException {
        StandardEnvironment spring = new StandardEnvironment();
        MutablePropertySources sources = spring.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addLast(new SystemEnvironmentPropertySource("test-environment", environment));
        for (PropertySource<?> yaml : new YamlPropertySourceLoader()
                .load(file, new FileSystemResource(ROOT.resolve(file)))) {
            sources.addLast(yaml);
        }
        return new Binder(ConfigurationPropertySources.get(spring), new PropertySourcesPlaceholdersResolver(spring))
                .bindOrCreate("ledger.webhooks", WebhookProperties.class).retrySchedule();
    }
}
