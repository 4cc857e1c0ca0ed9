package io.paymentledger.gateway.paymentmethod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.ProcessorReferences;
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
        // A card a payment set up for off-session use (V344) is handed out with the processor's off-session mark.
        return jdbc.query("SELECT payment_method, off_session_ready FROM payment_method WHERE id = ? AND account_id = ?",
                (rs, n) -> rs.getBoolean(2) ? setUp(read(rs.getString(1))) : read(rs.getString(1)), paymentMethodId,
                accountId).stream().findFirst();
    }

    private static PaymentMethod setUp(PaymentMethod pm) {
        return new PaymentMethod(pm.id(), pm.created(), pm.type(), pm.card(), pm.billingDetails(), pm.metadata(),
                ProcessorReferences.setUpForOffSession(pm.processorReference()));
    }

    PaymentMethod read(String row) {
        try {
            return json.readValue(row, PaymentMethod.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable payment method row", e);
        }
    }
}
