package io.paymentledger.query.chain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * {@code --ledger.verify=true}: verifies the event chain of the whole store, prints the result and exits: 0 when
 * intact, 4 when a link is broken ({@code --ledger.replay=true} uses 2 and 3 for its own findings).
 */
@Component
@ConditionalOnProperty(name = "ledger.verify", havingValue = "true")
class VerifyCommandLine implements ApplicationRunner {

    static final int BROKEN = 4;

    private final EventChainVerification verification;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;

    VerifyCommandLine(EventChainVerification verification, ConfigurableApplicationContext context) {
        this.verification = verification;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainReport report = verification.verify();
        out.println("Event chain: " + report.events() + " events of " + report.aggregates() + " aggregates checked ("
                + report.eventsBeforeHashing() + " stored before hashing, not chained), " + report.headsChecked()
                + " recorded heads, digest " + report.digest().digest());
        if (report.intact()) {
            out.println("Event chain intact.");
        } else {
            out.println("EVENT CHAIN BROKEN: " + report.breaks() + " broken links; first: "
                    + report.firstBreak().describe());
        }
        System.exit(SpringApplication.exit(context, () -> report.intact() ? 0 : BROKEN));
    }
}
