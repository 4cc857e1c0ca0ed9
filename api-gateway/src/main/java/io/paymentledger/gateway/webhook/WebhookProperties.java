package io.paymentledger.gateway.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings ({@code ledger.webhooks.*}).
 *
 * @param allowPrivateTargets accept loopback, private, link-local and reserved receivers; false: a URL whose host
 *                            resolves to any such address is refused (server-side request forgery). Not set: allowed
 *                            only while the gateway runs on the development key alone (see {@link TargetGuard})
 * @param retrySchedule       the wait after each failed attempt; once exhausted the delivery is given up. The
 *                            default spreads retries over about three days, as Stripe does in live mode
 * @param timeout             the deadline of one attempt, connection, request and whole answer together; no 2xx
 *                            answered completely within it is a failure. Keep it well below {@code claimLease}
 * @param maxConcurrency      attempts in flight at once on this node (a bounded pool: a slow receiver never
 *                            blocks the API, and holds at most this many threads)
 * @param pollInterval        how often due deliveries are looked for
 * @param claimLease          how long a node owns a delivery it claimed; a crashed node's claims expire after it
 * @param deliveryEnabled     run the delivery worker on this node
 * @param resendsPerHour      resend requests an account may make per hour (all nodes together)
 * @param projectionWait      how long, in short retries, a delivery waits for the query service to project its
 *                            event before that counts as a failed attempt (see {@link ProjectionWait})
 */
@ConfigurationProperties("ledger.webhooks")
public record WebhookProperties(
        Boolean allowPrivateTargets,
        @DefaultValue({"5m", "30m", "1h", "2h", "5h", "10h", "12h", "12h", "12h", "16h"}) List<Duration> retrySchedule,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("4") int maxConcurrency,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("true") boolean deliveryEnabled,
        @DefaultValue("100") int resendsPerHour,
        @DefaultValue("30s") Duration projectionWait) {
}
