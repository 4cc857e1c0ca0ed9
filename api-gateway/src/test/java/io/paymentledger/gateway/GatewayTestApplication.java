package io.paymentledger.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The gateway alone, for tests that mock the command and query buses; settings in application.yml. */
@SpringBootApplication
public class GatewayTestApplication {
}
