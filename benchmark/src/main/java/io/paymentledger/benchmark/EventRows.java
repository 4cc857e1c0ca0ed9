package io.paymentledger.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Real event rows of the event store used as templates: whole intents (sequence 0 onwards), their events grouped
 * per command by the {@code correlationId} Axon puts in each event's metadata (the id of the command that caused
 * it). Copies get a new intent id (same length, replaced in payload and metadata), new charge and refund ids (each
 * derived from the template's id and the new intent id, so every event of one copy names the same new charge) and new
 * event identifiers, so a copy is a different intent that the projections handle like the original. (Charge ids
 * kept as they were would name one charge in many intents: the books key balance transactions by their charge.)
 */
final class EventRows {

    static final String EVENT_TABLE = "DomainEventEntry";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECT_ID = Pattern.compile("\\b(ch|re)_[A-Za-z0-9]{24}\\b");

    record Row(String aggregateId, long sequence, String type, String metaData, String payload,
               String payloadRevision, String payloadType, String timeStamp) {
    }

    /** The events one command appended, in order. */
    record CommandRows(List<Row> rows) {
    }

    /** One whole intent's history, command by command. */
    record Intent(String id, List<CommandRows> commands) {

        int eventCount() {
            return commands.stream().mapToInt(command -> command.rows().size()).sum();
        }
    }

    private EventRows() {
    }

    /** The insert Axon's JDBC engine runs per event (it leaves {@code globalIndex} to the identity column). */
    static String insertInto(String table) {
        return "INSERT INTO " + table + " (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** The global index of the newest stored event, -1 when there is none. */
    static long head(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COALESCE(MAX(globalIndex), -1) FROM " + EVENT_TABLE);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Whole intents among the first {@code scan} events of the store: those of the warm-up and the api phase,
     * which run first, so the copies are the rows the REST mix's commands append (not the later phases' own).
     */
    static List<Intent> loadTemplates(DataSource dataSource, int scan) throws SQLException, IOException {
        Map<String, List<Row>> byIntent = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT aggregateIdentifier, sequenceNumber, "
                     + "type, metaData, payload, payloadRevision, payloadType, timeStamp FROM DomainEventEntry "
                     + "WHERE globalIndex <= (SELECT COALESCE(MIN(globalIndex), 0) FROM DomainEventEntry) + ? "
                     + "ORDER BY globalIndex")) {
            select.setLong(1, scan);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getString(1), rows.getLong(2), rows.getString(3), text(rows.getBytes(4)),
                            text(rows.getBytes(5)), rows.getString(6), rows.getString(7), rows.getString(8));
                    byIntent.computeIfAbsent(row.aggregateId(), id -> new ArrayList<>()).add(row);
                }
            }
        }
        List<Intent> intents = new ArrayList<>();
        for (List<Row> rows : byIntent.values()) {
            if (rows.get(0).sequence() == 0 && rows.get(0).aggregateId().length() == 27) {
                intents.add(new Intent(rows.get(0).aggregateId(), byCommand(rows)));
            }
        }
        if (intents.isEmpty()) {
            throw new IllegalStateException("No whole intent among the first " + scan + " events to copy");
        }
        return intents;
    }

    private static List<CommandRows> byCommand(List<Row> rows) throws IOException {
        Map<String, List<Row>> byCorrelation = new LinkedHashMap<>();
        for (Row row : rows) {
            String correlation = row.metaData() == null ? row.type() + row.sequence()
                    : JSON.readTree(row.metaData()).path("correlationId").asText(String.valueOf(row.sequence()));
            byCorrelation.computeIfAbsent(correlation, key -> new ArrayList<>()).add(row);
        }
        return byCorrelation.values().stream().map(CommandRows::new).toList();
    }

    /** Adds the rows of {@code command}, copied for intent {@code newId}, to the insert's batch. */
    static void addCopy(PreparedStatement insert, String templateId, String newId, CommandRows command,
                        boolean stampNow) throws SQLException {
        for (Row row : command.rows()) {
            insert.setString(1, newId);
            insert.setLong(2, row.sequence());
            insert.setString(3, row.type());
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, row.metaData() == null ? null : bytes(row.metaData().replace(templateId, newId)));
            insert.setBytes(6, bytes(copiedIds(row.payload().replace(templateId, newId), newId)));
            insert.setString(7, row.payloadRevision());
            insert.setString(8, row.payloadType());
            insert.setString(9, stampNow ? Instant.now().toString() : row.timeStamp());
            insert.addBatch();
        }
    }

    /** The charge and refund ids of a payload, each replaced by one of the same shape derived from it and the copy. */
    static String copiedIds(String payload, String newId) {
        return OBJECT_ID.matcher(payload).replaceAll(id -> id.group(1) + "_" + UUID.nameUUIDFromBytes(
                bytes(id.group() + newId)).toString().replace("-", "").substring(0, 24));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
