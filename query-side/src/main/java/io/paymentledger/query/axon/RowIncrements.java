package io.paymentledger.query.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sums shared by many intents (an account's totals, a day's totals), added to by the projections. The increments
 * of a unit of work are gathered and written as it prepares to commit: each row once, in one fixed order (table,
 * then key), as an insert of zeros that does nothing when the row exists and an update that adds. Batches of
 * different processor segments that touch the same rows therefore lock them in the same order, and only while
 * they commit: they wait for each other but never deadlock (V103's first design, total rows updated as each event
 * came, did). Outside a unit of work an increment is written at once.
 */
@Component
public class RowIncrements {

    private static final String RESOURCE = RowIncrements.class.getName();
    private static final char SEPARATOR = 0x1f;

    /**
     * A table of sums: the columns of its primary key, the columns added to, and the column (or null) whose 0 means
     * the row sums nothing: such a row is deleted, so the table holds what a GROUP BY of the summed rows would.
     */
    public record Table(String name, List<String> keys, List<String> sums, String emptyWhenZero) {

        public Table(String name, List<String> keys, List<String> sums) {
            this(name, keys, sums, null);
        }

        String insert() {
            return "INSERT INTO " + name + " (" + String.join(", ", keys) + ", " + String.join(", ", sums)
                    + ") VALUES (" + keys.stream().map(key -> ":" + key).collect(Collectors.joining(", ")) + ", "
                    + sums.stream().map(sum -> "0").collect(Collectors.joining(", ")) + ") ON CONFLICT DO NOTHING";
        }

        String update() {
            return "UPDATE " + name + " SET " + sums.stream().map(sum -> sum + " = " + sum + " + :" + sum)
                    .collect(Collectors.joining(", ")) + where();
        }

        String deleteEmpty() {
            return "DELETE FROM " + name + where() + " AND " + emptyWhenZero + " = 0";
        }

        private String where() {
            return " WHERE " + keys.stream().map(key -> key + " = :" + key).collect(Collectors.joining(" AND "));
        }
    }

    private record Row(Table table, List<?> key, long[] sums) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public RowIncrements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code deltas} (one per sum column, in order) to the row of {@code table} with {@code key}. */
    public void add(Table table, List<?> key, long... deltas) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(new Row(table, key, deltas.clone()));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, Row> rows = root.getOrComputeResource(RESOURCE, name -> {
            Map<String, Row> gathered = new TreeMap<>();
            root.onPrepareCommit(uow -> gathered.values().forEach(this::write));
            return gathered;
        });
        String order = table.name() + SEPARATOR + key.stream().map(String::valueOf)
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
        long[] sums = rows.computeIfAbsent(order, k -> new Row(table, key, new long[deltas.length])).sums();
        for (int i = 0; i < deltas.length; i++) {
            sums[i] += deltas[i];
        }
    }

    private void write(Row row) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        for (int i = 0; i < row.key().size(); i++) {
            parameters.addValue(row.table().keys().get(i), row.key().get(i));
        }
        for (int i = 0; i < row.sums().length; i++) {
            parameters.addValue(row.table().sums().get(i), row.sums()[i]);
        }
        jdbc.update(row.table().insert(), parameters);
        jdbc.update(row.table().update(), parameters);
        if (row.table().emptyWhenZero() != null) {
            jdbc.update(row.table().deleteEmpty(), parameters);
        }
    }
}
