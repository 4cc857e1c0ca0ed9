package io.paymentledger.query.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRowsTest {

    private final Map<String, String> table = new HashMap<>();
    private final BatchRows<String> rows = new BatchRows<>("test", BatchRows.Store.of(
            id -> Optional.ofNullable(table.get(id)), row -> table.put(row.substring(0, 1), row),
            (stored, row) -> table.put(row.substring(0, 1), row)));
    private final UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));

    @AfterEach
    void rollBack() {
        batch.rollback();
    }

    @Test
    void keepsTheRowsItWroteForTheRestOfTheBatch() {
        rows.save("x", "x1");
        table.put("x", "x0");

        assertThat(rows.find("x")).contains("x1");
    }

    @Test
    void readsTheDatabaseAgainOnceTheBatchIsForgotten() {
        rows.save("x", "x1");
        table.put("x", "x0"); // what a handler's savepoint rolling back does to the database

        BatchRows.forgetBatch();

        assertThat(rows.find("x")).contains("x0");
    }
}
