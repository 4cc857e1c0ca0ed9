package io.paymentledger.gateway.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.event.EventJson;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: polls webhook_delivery, claims rows with a lease (safe on several nodes; a crashed node's
 * claims expire) and sends them on a bounded pool, so a slow or dead receiver holds at most
 * {@code max-concurrency} threads and never the API's, each for at most {@code timeout}. Deliveries are taken one per
 * endpoint and round-robin across accounts ({@link DeliveryRows#due}). Failures are retried on
 * {@code retry-schedule}; all state is in the database, so a restart continues where the last run stopped.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRows deliveries;
    private final WebhookEndpointRows endpoints;
    private final WebhookSender sender;
    private final QueryGateway queries;
    private final WebhookProperties properties;
    private final GatewayProperties gateway;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger inFlight = new AtomicInteger();
    private ScheduledExecutorService poller;
    private ThreadPoolExecutor senders;

    DeliveryWorker(DeliveryRows deliveries, WebhookEndpointRows endpoints, WebhookSender sender, QueryGateway queries,
                   WebhookProperties properties, GatewayProperties gateway) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.queries = queries;
        this.properties = properties;
        this.gateway = gateway;
    }

    @Override
    public synchronized void start() {
        if (!properties.deliveryEnabled() || poller != null) {
            return;
        }
        int size = properties.maxConcurrency();
        senders = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(size),
                daemon("webhook-sender"));
        poller = Executors.newSingleThreadScheduledExecutor(daemon("webhook-poller"));
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            senders.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery poll failed; trying again at the next interval", e);
        }
    }

    private void poll() {
        int free = properties.maxConcurrency() - inFlight.get();
        if (free <= 0) {
            return;
        }
        long now = clock.millis();
        List<Long> due = deliveries.due(now, free);
        for (Long id : due) {
            long lease = now + properties.claimLease().toMillis();
            if (deliveries.claim(id, now, lease)) {
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        deliver(id, lease);
                    } catch (RuntimeException e) {
                        // The lease expires and another poll retries the delivery.
                        LOG.warn("Webhook delivery {} failed unexpectedly", id, e);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
    }

    private void deliver(long id, long lease) {
        Optional<Delivery> found = deliveries.find(id);
        if (found.isEmpty()) {
            return;
        }
        Delivery delivery = found.get();
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.accountId(), delivery.endpointId());
        if (endpoint.isEmpty()) {
            return;
        }
        if (!"enabled".equals(endpoint.get().status())) {
            deliveries.failed(id, lease, delivery.attempts(), null); // Disabled endpoints get nothing; resend on demand.
            return;
        }
        Optional<ApiEventView> event = readableEvent(delivery);
        if (event.isEmpty()) {
            Optional<Duration> wait = new ProjectionWait(properties.projectionWait()).next(delivery.projectionWaits());
            if (wait.isPresent()) {
                deliveries.postpone(id, lease, clock.millis() + wait.get().toMillis());
            } else {
                retryLater(id, lease, delivery, clock.millis());
            }
            return;
        }
        String version = endpoint.get().apiVersion() != null ? endpoint.get().apiVersion()
                : gateway.defaultStripeVersion();
        byte[] body = body(EventJson.event(event.get(), version, deliveries.pendingCount(delivery.eventId()),
                gateway.links()));
        DeliveryAttempt attempt = sender.send(endpoint.get(), delivery.eventId(), body);
        deliveries.record(id, attempt);
        if (attempt.error() == null) {
            deliveries.succeeded(id, lease);
            return;
        }
        retryLater(id, lease, delivery, attempt.attemptedAtMillis());
    }

    /** A failed attempt: the next one on the retry schedule, or none once the schedule is exhausted. */
    private void retryLater(long id, long lease, Delivery delivery, long failedAtMillis) {
        long failures = delivery.attempts() + 1;
        List<Duration> schedule = properties.retrySchedule();
        Long next = failures > schedule.size() ? null : failedAtMillis + schedule.get((int) failures - 1).toMillis();
        deliveries.failed(id, lease, failures, next);
    }

    /**
     * The API event from the query service; empty while it is not projected yet, and also while the query
     * service cannot answer (restarting, or not yet connected to Axon Server): both pass within seconds.
     */
    private Optional<ApiEventView> readableEvent(Delivery delivery) {
        try {
            return Futures.await(queries.query(new FindApiEvent(delivery.accountId(), delivery.eventId()),
                    ResponseTypes.optionalInstanceOf(ApiEventView.class)), gateway.commandTimeout(), "FindApiEvent");
        } catch (RuntimeException unanswered) {
            LOG.debug("Event {} of delivery {} not readable yet", delivery.eventId(), delivery.id(), unanswered);
            return Optional.empty();
        }
    }

    private byte[] body(Object json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event map is always serializable", e);
        }
    }
}
