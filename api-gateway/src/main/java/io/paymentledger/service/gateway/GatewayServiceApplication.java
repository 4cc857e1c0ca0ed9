package io.paymentledger.service.gateway;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The REST gateway as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * commands and queries travel through Axon Server; idempotency records and the gateway's own tables in PostgreSQL.
 * Outside the packages the all-in-one {@code LedgerApplication} scans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// As @SpringBootApplication, but never another application class found in the package (a test application).
@ComponentScan(basePackages = "io.paymentledger.gateway", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
public class GatewayServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(GatewayServiceApplication.class).profiles("axonserver").run(args);
    }
}
