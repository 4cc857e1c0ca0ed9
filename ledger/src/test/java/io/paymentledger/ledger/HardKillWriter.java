package io.paymentledger.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs in a JVM of its own for {@link HardKillDurabilityTest}: starts the ledger on the given data directory
 * and creates intents one after another, printing {@code ACK <id>} once each command is acknowledged, until
 * the test kills the process with SIGKILL.
 */
public final class HardKillWriter {

    private HardKillWriter() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                .run("--ledger.data-dir=" + args[0], "--server.port=0", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        CommandGateway commands = context.getBean(CommandGateway.class);
        while (true) {
            String id = TestIntents.newId();
            commands.sendAndWait(TestIntents.create(id, 1_000));
            System.out.println("ACK " + id);
            System.out.flush();
        }
    }
}
