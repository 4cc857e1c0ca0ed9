package io.paymentledger.benchmark;

import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag, in-process: each client opens a subscription query on the intent's view (the update the
 * payment-intent-view projection emits after its batch transaction commits), then sends a command straight to the
 * command bus. Lag is the time from the command's acknowledgement (its {@link CommandResult} with version v) until
 * the first view update with version ≥ v arrives. Each flow is a create (1 event) and a metadata update
 * (1 event), so the lag of both kinds of change is measured, at full command rate on {@code concurrency} clients.
 * Through the REST API the lag is not visible: every POST answers only once the read model shows its change.
 */
final class LagPhase {

    private static final long VIEW_TIMEOUT_SECONDS = 30;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PrintStream out;

    LagPhase(InProcessLedger ledger, PrintStream out) {
        this.commands = ledger.bean(CommandGateway.class);
        this.queries = ledger.bean(QueryGateway.class);
        this.out = out;
    }

    record Outcome(double commandsPerSecond, Latencies.Summary ack, Latencies.Summary lag, long errors) {
    }

    Outcome run(int concurrency, Duration duration) throws InterruptedException {
        Outcome outcome = measure(concurrency, duration);
        out.printf("%n== lag: concurrency %d, %.1f s, commands straight to the command bus%n", concurrency,
                duration.toMillis() / 1000.0);
        out.printf("  commands: %.1f commands/s, errors %d%n", outcome.commandsPerSecond(), outcome.errors());
        out.printf("  command acknowledgement: %s%n", outcome.ack().millis());
        out.printf("  projection lag (ack -> view shows it): %s%n", outcome.lag().millis());
        return outcome;
    }

    /** Measures without printing. */
    Outcome measure(int concurrency, Duration duration) throws InterruptedException {
        Latencies ack = new Latencies();
        Latencies lag = new Latencies();
        AtomicLong errors = new AtomicLong();
        AtomicLong commandCount = new AtomicLong();
        double seconds = LoadRunner.run(concurrency, duration, 0, () -> {
            String id = Commands.newIntentId();
            try (Watch watch = new Watch(id)) {
                for (int step = 0; step < 2; step++) {
                    Object command = step == 0 ? Commands.create(id, 1_000) : Commands.updateMetadata(id, "lag");
                    long sent = System.nanoTime();
                    CommandResult result = commands.<CommandResult>send(command).get(30, TimeUnit.SECONDS);
                    long acknowledged = System.nanoTime();
                    ack.record(acknowledged - sent);
                    commandCount.incrementAndGet();
                    Long shown = watch.awaitVersion(result.version());
                    if (shown == null) {
                        errors.incrementAndGet();
                        return;
                    }
                    lag.record(Math.max(0, shown - acknowledged));
                }
            } catch (Exception failure) {
                errors.incrementAndGet();
            }
        });
        return new Outcome(commandCount.get() / seconds, ack.summary(), lag.summary(), errors.get());
    }

    /** Arrival times of the view's versions, from a subscription opened before the first command. */
    private final class Watch implements AutoCloseable {

        private final ConcurrentSkipListMap<Long, Long> arrivals = new ConcurrentSkipListMap<>();
        private final SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription;

        Watch(String id) {
            subscription = queries.subscriptionQuery(new FindPaymentIntent(InProcessLedger.ACCOUNT, id),
                    ResponseTypes.optionalInstanceOf(PaymentIntentView.class),
                    ResponseTypes.instanceOf(PaymentIntentView.class));
            subscription.updates().subscribe(view -> {
                arrivals.putIfAbsent(view.version(), System.nanoTime());
                synchronized (this) {
                    notifyAll();
                }
            });
        }

        /** The nanoTime at which a version ≥ {@code version} arrived, or null after the timeout. */
        synchronized Long awaitVersion(long version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(VIEW_TIMEOUT_SECONDS);
            while (arrivals.ceilingEntry(version) == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return arrivals.ceilingEntry(version).getValue();
        }

        @Override
        public void close() {
            subscription.cancel();
        }
    }
}
