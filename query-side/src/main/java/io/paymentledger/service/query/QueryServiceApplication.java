package io.paymentledger.service.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side as a service of its own, connected to Axon Server (profile {@code axonserver}, always on):
 * events streamed from Axon Server, queries answered through it; read models, tokens and dead letters in
 * PostgreSQL. Outside the packages the all-in-one {@code LedgerApplication} scans.
 */
@SpringBootApplication(scanBasePackages = "io.paymentledger.query")
public class QueryServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QueryServiceApplication.class).profiles("axonserver").run(args);
    }
}
