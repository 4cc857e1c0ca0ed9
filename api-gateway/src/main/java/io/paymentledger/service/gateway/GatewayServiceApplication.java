package io.paymentledger.service.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The REST gateway as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * commands and queries travel through Axon Server; idempotency records and intent owners in PostgreSQL.
 * Outside the packages the all-in-one {@code LedgerApplication} scans.
 */
@SpringBootApplication(scanBasePackages = "io.paymentledger.gateway")
public class GatewayServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(GatewayServiceApplication.class).profiles("axonserver").run(args);
    }
}
