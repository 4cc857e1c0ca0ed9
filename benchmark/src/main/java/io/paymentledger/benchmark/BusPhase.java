package io.paymentledger.benchmark;

import io.paymentledger.messages.paymentintent.CommandResult;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command-side throughput without HTTP and without waiting for the read model: {@code concurrency} clients send
 * a create and a metadata update per intent straight to the command bus, each waiting only for the command's
 * acknowledgement (event appended and committed). Its ratio to the jdbc phase is the command side's own
 * overhead over plain appends; the api phase's ratio adds the gateway and read-after-write.
 */
final class BusPhase {

    private final CommandGateway commands;
    private final PrintStream out;

    BusPhase(InProcessLedger ledger, PrintStream out) {
        this.commands = ledger.bean(CommandGateway.class);
        this.out = out;
    }

    record Outcome(double commandsPerSecond, Latencies.Summary ack, long errors) {
    }

    Outcome run(int concurrency, Duration duration) throws InterruptedException {
        Latencies ack = new Latencies();
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        double seconds = LoadRunner.run(concurrency, duration, 0, () -> {
            String id = Commands.newIntentId();
            for (Object command : new Object[]{Commands.create(id, 2_000), Commands.updateMetadata(id, "bus")}) {
                long sent = System.nanoTime();
                try {
                    commands.<CommandResult>send(command).get(30, TimeUnit.SECONDS);
                    ack.record(System.nanoTime() - sent);
                    count.incrementAndGet();
                } catch (Exception failure) {
                    errors.incrementAndGet();
                    return;
                }
            }
        });
        Outcome outcome = new Outcome(count.get() / seconds, ack.summary(), errors.get());
        out.printf("%n== bus: concurrency %d, %.1f s, commands straight to the command bus, no read-model wait%n",
                concurrency, seconds);
        out.printf("  commands: %d (%.1f commands/s), errors %d%n", count.get(), outcome.commandsPerSecond(),
                errors.get());
        out.printf("  command acknowledgement: %s%n", outcome.ack().millis());
        return outcome;
    }
}
