package io.paymentledger.service.command;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The command side as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * command handling and the event store through Axon Server, deadlines in PostgreSQL. Outside the packages the
 * all-in-one {@code LedgerApplication} scans, so that it never picks this class up as a configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// As @SpringBootApplication, but never another application class found in the package (a test application).
@ComponentScan(basePackages = "io.paymentledger.command", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
public class CommandServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class).profiles("axonserver").run(args);
    }
}
