package io.paymentledger.gateway.webhook;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many resend requests an account may still make: {@code resends-per-hour} in any sliding hour, counted in the
 * database (webhook_resend, V320) so that every node of a cluster draws on the same budget. A resend makes the
 * ledger call the account's receivers, so without a budget one API key could make it flood any receiver.
 */
@Component
public class ResendBudget {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final int perHour;

    ResendBudget(JdbcTemplate jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.perHour = properties.resendsPerHour();
    }

    public int perHour() {
        return perHour;
    }

    /** True while the account has made fewer than {@link #perHour} resends in the hour before {@code now}. */
    public boolean available(String accountId, long now) {
        jdbc.update("DELETE FROM webhook_resend WHERE account_id = ? AND requested_at <= ?", accountId,
                now - WINDOW.toMillis());
        Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_resend WHERE account_id = ?", Integer.class,
                accountId);
        return used == null || used < perHour;
    }

    public void spend(String accountId, long now) {
        jdbc.update("INSERT INTO webhook_resend (account_id, requested_at) VALUES (?, ?)", accountId, now);
    }
}
