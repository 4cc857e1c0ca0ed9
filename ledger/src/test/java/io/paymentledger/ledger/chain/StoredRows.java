package io.paymentledger.ledger.chain;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Plain SQL on {@code DomainEventEntry}, as someone with write access to the database could run it. */
final class StoredRows {

    private final Supplier<JdbcTemplate> jdbc;

    StoredRows(Supplier<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> all(String aggregateId) {
        return jdbc.get().queryForList("SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " ORDER BY sequenceNumber", aggregateId);
    }

    Map<String, Object> at(String aggregateId, long sequence) {
        return jdbc.get().queryForMap("SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = ?", aggregateId, sequence);
    }

    void delete(Map<String, Object> row) {
        jdbc.get().update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", row.get("globalIndex"));
    }

    /** Puts a deleted row back exactly as it was, global index included. */
    void insert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc.get().update("INSERT INTO DomainEventEntry (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")",
                columns.stream().map(row::get).toArray());
    }

    void setPayload(Map<String, Object> row, Object payload) {
        jdbc.get().update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload,
                row.get("globalIndex"));
    }

    /** Gives each row the other's sequence number. */
    void swapSequenceNumbers(Map<String, Object> first, Map<String, Object> second) {
        renumber(first, second.get("sequenceNumber"), second, first.get("sequenceNumber"));
    }

    /** Gives both rows their own sequence numbers back. */
    void restoreSequenceNumbers(Map<String, Object> first, Map<String, Object> second) {
        renumber(first, first.get("sequenceNumber"), second, second.get("sequenceNumber"));
    }

    /** Through -1: the (aggregate, sequence number) pair is unique. */
    private void renumber(Map<String, Object> first, Object firstSequence, Map<String, Object> second,
                          Object secondSequence) {
        String update = "UPDATE DomainEventEntry SET sequenceNumber = ? WHERE globalIndex = ?";
        jdbc.get().update(update, -1, first.get("globalIndex"));
        jdbc.get().update(update, secondSequence, second.get("globalIndex"));
        jdbc.get().update(update, firstSequence, first.get("globalIndex"));
    }
}
