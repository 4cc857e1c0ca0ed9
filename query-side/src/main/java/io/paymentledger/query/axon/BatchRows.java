package io.paymentledger.query.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows of one projection table while its processor handles a batch of events: each row is read from the
 * database (and parsed) at most once per batch, and later events of the same intent in the batch start from the
 * row as this batch last wrote it. An intent's events often arrive together (a replay, a burst). Writes still
 * happen in the handler, so a row the database refuses fails that event's handling and the dead-letter queue
 * parks that event alone. The processors sequence events per intent, so no other batch changes the same rows
 * meanwhile; a failed batch rolls back and takes its rows with it. Outside a unit of work every call goes to the
 * database.
 *
 * @param <V> the row
 */
public final class BatchRows<V> {

    /** How rows are read and written. */
    public interface Store<V> {

        Optional<V> load(String id);

        void insert(V row);

        /** {@code stored} is the row as the database holds it, to skip writing what did not change. */
        void update(V stored, V row);

        static <V> Store<V> of(Function<String, Optional<V>> load, Consumer<V> insert, BiConsumer<V, V> update) {
            return new Store<>() {
                @Override
                public Optional<V> load(String id) {
                    return load.apply(id);
                }

                @Override
                public void insert(V row) {
                    insert.accept(row);
                }

                @Override
                public void update(V stored, V row) {
                    update.accept(stored, row);
                }
            };
        }
    }

    private final String resource;
    private final Store<V> store;

    public BatchRows(String name, Store<V> store) {
        this.resource = BatchRows.class.getName() + "." + name;
        this.store = store;
    }

    public Optional<V> find(String id) {
        return Optional.ofNullable(stored(id));
    }

    /** Writes {@code row} now (insert or update) and keeps it as the stored row for the rest of the batch. */
    public void save(String id, V row) {
        V stored = stored(id);
        if (stored == null) {
            store.insert(row);
        } else {
            store.update(stored, row);
        }
        Map<String, V> batch = batch();
        if (batch != null) {
            batch.put(id, row);
        }
    }

    /**
     * Drops every table's rows kept for the current batch, so that later events read them from the database again:
     * after a handler's savepoint rolled back, the kept rows may hold what the database no longer does.
     */
    static void forgetBatch() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().keySet()
                    .removeIf(key -> key.startsWith(BatchRows.class.getName() + "."));
        }
    }

    private V stored(String id) {
        Map<String, V> batch = batch();
        if (batch == null) {
            return store.load(id).orElse(null);
        }
        if (!batch.containsKey(id)) {
            batch.put(id, store.load(id).orElse(null));
        }
        return batch.get(id);
    }

    private Map<String, V> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(resource, key -> new HashMap<>());
    }
}
