package io.paymentledger.service.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * command handling and the event store through Axon Server, deadlines in PostgreSQL. Outside the packages the
 * all-in-one {@code LedgerApplication} scans, so that it never picks this class up as a configuration.
 */
@SpringBootApplication(scanBasePackages = "io.paymentledger.command")
public class CommandServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class).profiles("axonserver").run(args);
    }
}
