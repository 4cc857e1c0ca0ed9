package io.paymentledger.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.paymentledger.gateway.GatewayWebTest;
import io.paymentledger.messages.event.FindApiEvent;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A delivery whose event the query service cannot show yet (not projected, or no query handler reachable for a
 * moment, as on Axon Server) is retried within seconds without counting an attempt, instead of waiting for the
 * production retry schedule; once the projection wait is spent it counts one failed attempt on that schedule.
 */
class NotYetProjectedTest extends GatewayWebTest {

    @Autowired
    WebhookEndpointRows endpoints;
    @Autowired
    DeliveryRows deliveries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anEventTheQueryServiceCannotShowYetIsRetriedWithinSecondsThenOnTheSchedule() {
        when(queries.query(argThat(query -> query instanceof FindApiEvent), any(ResponseType.class)))
                .thenReturn((CompletableFuture) CompletableFuture.failedFuture(
                        new NoHandlerForQueryException("No handler for query: FindApiEvent")));
        String endpoint = "we_" + UUID.randomUUID().toString().replace("-", "");
        String event = "evt_" + UUID.randomUUID().toString().replace("-", "");
        endpoints.insert(new WebhookEndpoint(endpoint, "acct_alpha", "https://93.184.216.34/hooks", List.of("*"),
                null, null, "whsec_test", "enabled", 0, 0, Map.of()));
        deliveries.add(endpoint, "acct_alpha", event, "pi_" + event, 0, System.currentTimeMillis());

        await().atMost(Duration.ofSeconds(30)).until(() -> row(event).get("projection_waits") instanceof Number waits
                && waits.longValue() >= 2);
        Map<String, Object> waiting = row(event);
        assertThat(((Number) waiting.get("attempts")).longValue()).isZero();
        assertThat(((Number) waiting.get("next_attempt_at")).longValue())
                .isLessThanOrEqualTo(System.currentTimeMillis() + Duration.ofSeconds(2).toMillis());

        jdbc.update("UPDATE webhook_delivery SET projection_waits = 1000 WHERE event_id = ?", event);
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) row(event).get("attempts")).longValue() == 1);
        Map<String, Object> failed = row(event);
        assertThat(failed.get("status")).isEqualTo("pending");
        assertThat(((Number) failed.get("next_attempt_at")).longValue())
                .isGreaterThan(System.currentTimeMillis() + Duration.ofMinutes(4).toMillis());
        assertThat(deliveries.attempts("acct_alpha", event)).isEmpty();
    }

    private Map<String, Object> row(String event) {
        return jdbc.queryForMap("SELECT status, attempts, next_attempt_at, projection_waits FROM webhook_delivery "
                + "WHERE event_id = ?", event);
    }
}
