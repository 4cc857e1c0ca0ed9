package io.paymentledger.gateway.paymentmethod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Optional;

/** Table {@code payment_method}: each tokenized payment method of an account as JSON (V202). */
@Repository
class PaymentMethodRows implements PaymentMethodStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PaymentMethodRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().findAndAddModules().build();
    }

    @Override
    public void keep(String accountId, PaymentMethod paymentMethod) {
        if (find(accountId, paymentMethod.id()).isPresent()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO payment_method (id, account_id, created_at, payment_method) VALUES (?, ?, ?, ?)",
                    paymentMethod.id(), accountId, Timestamp.from(paymentMethod.created()),
                    json.writeValueAsString(paymentMethod));
        } catch (DuplicateKeyException alreadyKept) {
            // Another request kept the same payment method first (ids are random, so it is the same one).
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a payment method as JSON", e);
        }
    }

    @Override
    public Optional<PaymentMethod> find(String accountId, String paymentMethodId) {
        return jdbc.queryForList("SELECT payment_method FROM payment_method WHERE id = ? AND account_id = ?",
                String.class, paymentMethodId, accountId).stream().findFirst().map(this::read);
    }

    PaymentMethod read(String row) {
        try {
            return json.readValue(row, PaymentMethod.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable payment method row", e);
        }
    }
}
