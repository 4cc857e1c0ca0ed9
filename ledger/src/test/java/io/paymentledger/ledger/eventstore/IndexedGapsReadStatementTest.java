package io.paymentledger.ledger.eventstore;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap-aware read returns exactly the gaps and the next batch, in order, on H2 and PostgreSQL, and H2 answers
 * it from the primary key. The store holds events 1–12 without 7 and 11 (rolled back).
 */
class IndexedGapsReadStatementTest {

    private static final EventSchema SCHEMA = new EventSchema();

    @TempDir
    static Path h2Directory;

    private static EmbeddedPostgres postgres;
    private static DataSource h2;

    private final IndexedGapsReadStatement statement = new IndexedGapsReadStatement();

    @BeforeAll
    static void createStores() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:" + h2Directory.resolve("events") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=FALSE");
        file.setUser("sa");
        h2 = file;
        for (DataSource store : List.of(h2, postgres.getPostgresDatabase())) {
            Flyway.configure().dataSource(store).locations("classpath:db/migration/command").load().migrate();
            try (Connection connection = store.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (globalIndex, "
                         + "aggregateIdentifier, sequenceNumber, type, eventIdentifier, payload, payloadType, timeStamp) "
                         + "VALUES (?, ?, 0, 'PaymentIntent', ?, ?, 'Event', '2026-11-26T00:00:00Z')")) {
                for (long index = 1; index <= 12; index++) {
                    if (index == 7 || index == 11) {
                        continue;
                    }
                    insert.setLong(1, index);
                    insert.setString(2, "pi_" + index);
                    insert.setString(3, "event-" + index);
                    insert.setBytes(4, "{}".getBytes());
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** The token is at 5 with gaps 2 and 4, which have committed since; the batch is 4 (up to index 9). */
    @Test
    void readsTheGapsAndTheNextBatchInOrderOnBothDatabases() throws SQLException {
        assertThat(read(h2, 5, 4, List.of(2L, 4L))).containsExactly(2L, 4L, 6L, 8L, 9L);
        assertThat(read(postgres.getPostgresDatabase(), 5, 4, List.of(2L, 4L))).containsExactly(2L, 4L, 6L, 8L, 9L);
    }

    @Test
    void aGapStillOpenReadsNothingForIt() throws SQLException {
        assertThat(read(h2, 10, 5, List.of(7L))).containsExactly(12L);
        assertThat(read(postgres.getPostgresDatabase(), 10, 5, List.of(7L))).containsExactly(12L);
    }

    @Test
    void withoutGapsItIsThePlainRange() throws SQLException {
        assertThat(read(h2, 8, 10, List.of())).containsExactly(9L, 10L, 12L);
    }

    /** Axon's own statement, {@code (range) OR globalIndex IN (gaps)}, makes H2 scan the whole table. */
    @Test
    void h2AnswersFromThePrimaryKeyInsteadOfScanningTheTable() throws SQLException {
        try (Connection connection = h2.getConnection();
             PreparedStatement explain = statement.build(explaining(connection), SCHEMA, 5, 4, List.of(2L, 4L));
             ResultSet plan = explain.executeQuery()) {
            plan.next();
            String text = plan.getString(1).replace("\"", "");
            assertThat(text).contains("PRIMARY_KEY_B: GLOBALINDEX IN(").contains("PRIMARY_KEY_B: GLOBALINDEX > ");
        }
    }

    private List<Long> read(DataSource store, long globalIndex, int batchSize, List<Long> gaps) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (Connection connection = store.getConnection();
             PreparedStatement read = statement.build(connection, SCHEMA, globalIndex, batchSize, gaps);
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return indexes;
    }

    /** A connection that prepares {@code EXPLAIN <sql>} for every statement, so the plan gets the same parameters. */
    private static Connection explaining(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> method.getName().equals("prepareStatement") && arguments.length == 1
                        ? connection.prepareStatement("EXPLAIN " + arguments[0])
                        : method.invoke(connection, arguments));
    }
}
