package io.paymentledger.query.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paymentledger.messages.chain.ChainedEvent;
import io.paymentledger.messages.chain.EventChain;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of Axon's JDBC event store ({@code DomainEventEntry}) exactly as stored, in pages by aggregate and
 * sequence number (the unique index), so no transaction stays open over the whole walk. The metadata column is the
 * Jackson JSON of the event's metadata.
 */
class JdbcStoredEvents implements StoredEvents {

    private static final int PAGE = 500;
    private static final String UNREADABLE = "unreadable metadata";
    private static final String COLUMNS = "SELECT globalIndex, aggregateIdentifier, sequenceNumber, type,"
            + " eventIdentifier, timeStamp, payloadType, payloadRevision, payload, metaData FROM DomainEventEntry ";
    private static final String FIRST = COLUMNS + "ORDER BY aggregateIdentifier, sequenceNumber LIMIT " + PAGE;
    // A row value, not "a > ? OR (a = ? AND s > ?)": H2 starts the index range at the key only for the row value.
    private static final String NEXT = COLUMNS + "WHERE (aggregateIdentifier, sequenceNumber) > (?, ?)"
            + " ORDER BY aggregateIdentifier, sequenceNumber LIMIT " + PAGE;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    JdbcStoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(Consumer<StoredEvent> action) {
        List<StoredEvent> page = jdbc.query(FIRST, (rs, row) -> read(rs));
        while (!page.isEmpty()) {
            // Events published outside an aggregate (none in the ledger) have no type and no chain.
            page.stream().filter(stored -> stored.event().aggregateType() != null).forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            ChainedEvent last = page.get(page.size() - 1).event();
            page = jdbc.query(NEXT, (rs, row) -> read(rs), last.aggregateId(), last.sequenceNumber());
        }
    }

    private StoredEvent read(ResultSet rs) throws SQLException {
        ChainedEvent event = new ChainedEvent(rs.getString("type"), rs.getString("aggregateIdentifier"),
                rs.getLong("sequenceNumber"), rs.getString("eventIdentifier"),
                DateTimeUtils.parseInstant(rs.getString("timeStamp")).toEpochMilli(), rs.getString("payloadType"),
                rs.getString("payloadRevision"), rs.getBytes("payload"));
        JsonNode metadata = metadata(rs.getBytes("metaData"));
        return new StoredEvent(rs.getLong("globalIndex"), event, text(metadata, EventChain.HASH),
                text(metadata, EventChain.PREVIOUS));
    }

    private JsonNode metadata(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            // Reported as a broken link (its previous hash unreadable), not as a failure of the whole walk.
            return json.createObjectNode().put(EventChain.HASH, UNREADABLE).put(EventChain.PREVIOUS, UNREADABLE);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
