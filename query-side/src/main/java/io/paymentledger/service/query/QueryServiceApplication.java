package io.paymentledger.service.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The query side as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * events streamed from Axon Server, queries answered through it; read models, tokens and dead letters in
 * PostgreSQL; several instances share the processors' segments ({@link QueryServiceCluster}). Outside the
 * packages the all-in-one {@code LedgerApplication} scans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// As @SpringBootApplication, but never another application class found in the package (a test application).
@ComponentScan(basePackages = "io.paymentledger.query", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
@Import(QueryServiceCluster.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QueryServiceApplication.class).profiles("axonserver").run(args);
    }
}
