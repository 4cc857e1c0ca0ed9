package io.paymentledger.gateway.paymentintent;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-after-write for a projection that is updated asynchronously. Every PaymentIntent command answers with
 * the intent's version (the sequence number of its last event); the read model's {@link PaymentIntentView}
 * carries the version it reflects. To answer a POST with the state after its command, and so that a GET right
 * after it sees that state:
 * <ol>
 *   <li>a subscription query on {@link FindPaymentIntent} is opened <em>before</em> the command is sent, so no
 *       update emitted while the command runs can be missed;</li>
 *   <li>after the command returns version {@code v}, the first view with {@code version >= v} from the initial
 *       result, the subscription's updates, or a periodic plain query wins. The polling covers an update
 *       emitted on another cluster node, which this node's subscription never hears of;</li>
 *   <li>if none arrives within {@code ledger.gateway.read-after-write-timeout}, the request fails with
 *       {@code api_error} rather than answer with an older state.</li>
 * </ol>
 * Since the POST only answers once the read model shows the command's version, any later GET does too.
 */
@Component
public class ReadAfterWrite {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final QueryGateway queries;
    private final GatewayProperties properties;

    ReadAfterWrite(QueryGateway queries, GatewayProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /** Sends a command about intent {@code id} and returns the intent as of the command's result. */
    CommandOutcome execute(String accountId, String id, Supplier<CompletableFuture<CommandResult>> command) {
        FindPaymentIntent query = new FindPaymentIntent(accountId, id);
        SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription = subscribe(query);
        try {
            CommandResult result = Futures.await(command.get(), properties.commandTimeout(), "command");
            return new CommandOutcome(awaitVersion(subscription, query, result.version()), result.declineError());
        } finally {
            subscription.cancel();
        }
    }

    /** The intent once the read model reflects at least {@code version}; used to show a refused command's intent. */
    public PaymentIntentView atLeast(String accountId, String id, long version) {
        FindPaymentIntent query = new FindPaymentIntent(accountId, id);
        SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription = subscribe(query);
        try {
            return awaitVersion(subscription, query, version);
        } finally {
            subscription.cancel();
        }
    }

    private SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscribe(FindPaymentIntent query) {
        return queries.subscriptionQuery(query, ResponseTypes.optionalInstanceOf(PaymentIntentView.class),
                ResponseTypes.instanceOf(PaymentIntentView.class));
    }

    /**
     * Waits on the request's own thread: the subscription's answer is awaited in slices of the poll interval,
     * and between slices a plain query runs here too. Polling from a Reactor timer instead ran JDBC on Reactor
     * threads, which Reactor interrupts on cancellation, leaving query units of work open behind.
     */
    private PaymentIntentView awaitVersion(
            SubscriptionQueryResult<Optional<PaymentIntentView>, PaymentIntentView> subscription,
            FindPaymentIntent query, long version) {
        Mono<PaymentIntentView> initial = subscription.initialResult().flatMap(Mono::justOrEmpty)
                .onErrorResume(failure -> Mono.empty());
        CompletableFuture<PaymentIntentView> notified = Flux.merge(initial, subscription.updates())
                .filter(view -> view.version() >= version)
                .next()
                .toFuture();
        long deadline = System.nanoTime() + properties.readAfterWriteTimeout().toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Optional<PaymentIntentView> view = notifiedWithin(notified, POLL_INTERVAL)
                        .or(() -> poll(query).filter(polled -> polled.version() >= version));
                if (view.isPresent()) {
                    return view.get();
                }
            }
        } finally {
            notified.cancel(false);
        }
        throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "The payment intent "
                + query.paymentIntentId() + " was changed, but reading its new state timed out. Retrieve it again later.",
                null);
    }

    /** The subscription's answer if it comes within {@code wait}; a failed or ended subscription just waits. */
    private static Optional<PaymentIntentView> notifiedWithin(CompletableFuture<PaymentIntentView> notified,
                                                              Duration wait) {
        try {
            if (notified.isDone() && (notified.isCompletedExceptionally() || notified.getNow(null) == null)) {
                Thread.sleep(wait.toMillis());
                return Optional.empty();
            }
            return Optional.ofNullable(notified.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException notYet) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "Interrupted while reading the payment "
                    + "intent's new state. Retrieve it again later.", null);
        }
    }

    private Optional<PaymentIntentView> poll(FindPaymentIntent query) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(PaymentIntentView.class)).join();
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }
}
