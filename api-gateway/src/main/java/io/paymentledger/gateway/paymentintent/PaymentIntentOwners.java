package io.paymentledger.gateway.paymentintent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which account created an intent (table {@code payment_intent_owners}), for the hosted 3-D Secure page. */
@Repository
class PaymentIntentOwners {

    private final JdbcTemplate jdbc;

    PaymentIntentOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String paymentIntentId, String accountId) {
        jdbc.update("INSERT INTO payment_intent_owners (payment_intent_id, account_id, created_at) VALUES (?, ?, ?)",
                paymentIntentId, accountId, Timestamp.from(Instant.now()));
    }

    Optional<String> accountOf(String paymentIntentId) {
        return jdbc.queryForList("SELECT account_id FROM payment_intent_owners WHERE payment_intent_id = ?",
                String.class, paymentIntentId).stream().findFirst();
    }
}
