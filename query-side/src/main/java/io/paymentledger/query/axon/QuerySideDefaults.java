package io.paymentledger.query.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code config/query-side.yml} (processor settings, admin key binding) as the environment's last property
 * source: any application that has the query side on its classpath gets these defaults, and any of its own
 * settings wins over them. (A {@code spring.config.import} would do the opposite: imported values win.)
 */
public class QuerySideDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "config/query-side.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("query-side-defaults", new ClassPathResource(LOCATION))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}
