package io.paymentledger.ledger.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Reads the events after a gap-aware token as two index lookups joined by {@code UNION ALL}: the gaps by
 * {@code IN}, and the range after the token's index. Axon's own statement asks for
 * {@code (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (...)}, which H2 cannot answer from the
 * primary key: it scans the whole event table on every fetch that has a gap, and a live ledger almost always has
 * one (concurrent commits). The scan made processors, replays and the read-after-write wait slower as the
 * history grew. Gaps are always below the token's index, so the two parts never overlap.
 */
final class IndexedGapsReadStatement implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String range = select + index + " > ? AND " + index + " <= ?";
        String sql = gaps.isEmpty() ? range
                : select + index + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ") UNION ALL "
                + range;
        sql += " ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameter = 1;
        for (Long gap : gaps) {
            statement.setLong(parameter++, gap);
        }
        statement.setLong(parameter++, globalIndex);
        statement.setLong(parameter, globalIndex + batchSize);
        return statement;
    }
}
