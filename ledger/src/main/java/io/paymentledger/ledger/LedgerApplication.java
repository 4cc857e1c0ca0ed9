package io.paymentledger.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The whole ledger in one JVM: command side, query side and API gateway. */
@SpringBootApplication(scanBasePackages = {
        "io.paymentledger.ledger",
        "io.paymentledger.command",
        "io.paymentledger.query",
        "io.paymentledger.gateway"})
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
