package io.paymentledger.query.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sums shared by many intents (an account's totals, a day's totals), added to by the projections. The increments
 * of a unit of work are gathered and written as it prepares to commit: each row once, in one fixed order (table,
 * then key), as an update that adds (preceded, the first time, by an insert of zeros that does nothing when another
 * batch inserted the row first). Batches of
 * different processor segments that touch the same rows therefore lock them in the same order, and only while
 * they commit: they wait for each other but never deadlock (V103's first design, total rows updated as each event
 * came, did). An event handler's increments join the batch's only when the handler returns: a handler that fails
 * (its savepoint rolled back, {@link HandlerSavepoints}, and its event parked) adds nothing. Outside a unit of work
 * an increment is written at once.
 */
@Component
public class RowIncrements implements HandlerEnhancerDefinition {

    private static final String RESOURCE = RowIncrements.class.getName();
    private static final char SEPARATOR = 0x1f;

    /**
     * A table of sums: the columns of its primary key and the columns added to. A row, once there, stays (at zero
     * if its sums come back to zero): an increment never has to race a delete.
     */
    public record Table(String name, List<String> keys, List<String> sums) {

        String insert() {
            return "INSERT INTO " + name + " (" + String.join(", ", keys) + ", " + String.join(", ", sums)
                    + ") VALUES (" + keys.stream().map(key -> ":" + key).collect(Collectors.joining(", ")) + ", "
                    + sums.stream().map(sum -> "0").collect(Collectors.joining(", ")) + ") ON CONFLICT DO NOTHING";
        }

        String update() {
            return "UPDATE " + name + " SET " + sums.stream().map(sum -> sum + " = " + sum + " + :" + sum)
                    .collect(Collectors.joining(", ")) + where();
        }

        private String where() {
            return " WHERE " + keys.stream().map(key -> key + " = :" + key).collect(Collectors.joining(" AND "));
        }
    }

    private record Row(Table table, List<?> key, long[] sums) {
    }

    /** The increments of the event handlers running on this thread, innermost last. */
    private final ThreadLocal<Deque<Map<String, Row>>> handlers = ThreadLocal.withInitial(ArrayDeque::new);
    private final NamedParameterJdbcTemplate jdbc;

    public RowIncrements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code deltas} (one per sum column, in order) to the row of {@code table} with {@code key}. */
    public void add(Table table, List<?> key, long... deltas) {
        Map<String, Row> handler = handlers.get().peekLast();
        if (handler != null) {
            addTo(handler, new Row(table, key, deltas));
        } else if (CurrentUnitOfWork.isStarted()) {
            addTo(batch(), new Row(table, key, deltas));
        } else {
            write(new Row(table, key, deltas.clone()));
        }
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!Projections.isReadModelEventHandler(original)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Deque<Map<String, Row>> running = handlers.get();
                Map<String, Row> staged = new TreeMap<>();
                running.addLast(staged);
                Object result;
                try {
                    result = super.handle(message, target);
                } finally {
                    running.removeLast();
                }
                Map<String, Row> into = running.peekLast() != null ? running.peekLast()
                        : CurrentUnitOfWork.isStarted() ? batch() : null;
                for (Row row : staged.values()) {
                    if (into == null) {
                        write(row);
                    } else {
                        addTo(into, row);
                    }
                }
                return result;
            }
        };
    }

    private Map<String, Row> batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, name -> {
            Map<String, Row> gathered = new TreeMap<>();
            root.onPrepareCommit(uow -> gathered.values().forEach(this::write));
            return gathered;
        });
    }

    private static void addTo(Map<String, Row> rows, Row row) {
        String order = row.table().name() + SEPARATOR + row.key().stream().map(String::valueOf)
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
        long[] sums = rows.computeIfAbsent(order, k -> new Row(row.table(), row.key(), new long[row.sums().length]))
                .sums();
        for (int i = 0; i < sums.length; i++) {
            sums[i] += row.sums()[i];
        }
    }

    /**
     * One update when the row exists, as it does after its first increment (rows are never deleted); otherwise the
     * insert of zeros, then the update. A row whose increments cancel out in this batch (an intent that left one
     * status for another) is not written at all.
     */
    private void write(Row row) {
        if (Arrays.stream(row.sums()).allMatch(sum -> sum == 0)) {
            return;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        for (int i = 0; i < row.key().size(); i++) {
            parameters.addValue(row.table().keys().get(i), row.key().get(i));
        }
        for (int i = 0; i < row.sums().length; i++) {
            parameters.addValue(row.table().sums().get(i), row.sums()[i]);
        }
        if (jdbc.update(row.table().update(), parameters) == 0) {
            jdbc.update(row.table().insert(), parameters);
            jdbc.update(row.table().update(), parameters);
        }
    }
}
