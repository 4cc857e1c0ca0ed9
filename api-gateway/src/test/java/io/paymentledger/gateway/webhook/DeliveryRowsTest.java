package io.paymentledger.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.paymentledger.gateway.GatewayWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which deliveries are sent next, and that a resend never makes a delivery be sent twice at once. */
class DeliveryRowsTest extends GatewayWebTest {

    private static final long NOW = 1_000_000L;
    private static final long LEASE = NOW + 120_000L;

    @Autowired
    private DeliveryRows deliveries;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noDeliveries() {
        jdbc.update("DELETE FROM webhook_delivery");
    }

    @Test
    void oneAccountsBacklogDoesNotDelayAnotherAccountsEvent() {
        for (int endpoint = 0; endpoint < 16; endpoint++) {
            for (int intent = 0; intent < 20; intent++) {
                add("we_busy" + endpoint, "acct_busy", "pi_busy" + intent, 0, NOW - 60_000 + intent);
            }
        }
        long quiet = add("we_quiet", "acct_quiet", "pi_quiet", 0, NOW);

        List<Long> due = deliveries.due(NOW, 4);

        assertThat(due).hasSize(4).contains(quiet);
    }

    @Test
    void sendsOneDeliveryAtATimePerEndpoint() {
        long first = add("we_one", "acct_one", "pi_1", 0, NOW - 2);
        long second = add("we_one", "acct_one", "pi_2", 0, NOW - 1);

        assertThat(deliveries.due(NOW, 4)).containsExactly(first);
        assertThat(deliveries.claim(first, NOW, LEASE)).isTrue();
        assertThat(deliveries.due(NOW, 4)).isEmpty();
        assertThat(deliveries.claim(second, NOW, LEASE)).isFalse();

        deliveries.succeeded(first, LEASE);
        assertThat(deliveries.due(NOW, 4)).containsExactly(second);
    }

    @Test
    void aResendLeavesADeliveryBeingSentAlone() {
        long sending = add("we_r", "acct_r", "pi_r", 0, NOW - 1);
        assertThat(deliveries.claim(sending, NOW, LEASE)).isTrue();
        jdbc.update("UPDATE webhook_delivery SET attempts = 3 WHERE id = ?", sending);

        assertThat(deliveries.resend("acct_r", "evt_pi_r_0", null, NOW + 1)).isZero();

        assertThat(jdbc.queryForObject("SELECT claimed_until FROM webhook_delivery WHERE id = ?", Long.class, sending))
                .isEqualTo(LEASE);
        assertThat(jdbc.queryForObject("SELECT attempts FROM webhook_delivery WHERE id = ?", Long.class, sending))
                .isEqualTo(3);
        assertThat(deliveries.claim(sending, NOW + 1, NOW + 1 + 120_000L)).isFalse();
    }

    @Test
    void aResendStartsAFinishedDeliveryOverAndMakesAWaitingOneDueNow() {
        long finished = add("we_f", "acct_f", "pi_f", 0, NOW - 1);
        jdbc.update("UPDATE webhook_delivery SET status = 'failed', attempts = 10 WHERE id = ?", finished);
        long waiting = add("we_w", "acct_f", "pi_w", 0, NOW + 3_600_000);
        jdbc.update("UPDATE webhook_delivery SET attempts = 4 WHERE id = ?", waiting);

        assertThat(deliveries.resend("acct_f", "evt_pi_f_0", null, NOW)).isEqualTo(1);
        assertThat(deliveries.resend("acct_f", "evt_pi_w_0", null, NOW)).isEqualTo(1);

        assertThat(deliveries.due(NOW, 4)).containsExactlyInAnyOrder(finished, waiting);
        assertThat(jdbc.queryForList("SELECT attempts FROM webhook_delivery ORDER BY id", Long.class))
                .containsExactly(0L, 4L);
    }

    private long add(String endpoint, String account, String intent, long sequence, long dueAt) {
        deliveries.add(endpoint, account, "evt_" + intent + "_" + sequence, intent, sequence, dueAt);
        return jdbc.queryForObject("SELECT id FROM webhook_delivery WHERE endpoint_id = ? AND event_id = ?",
                Long.class, endpoint, "evt_" + intent + "_" + sequence);
    }
}
