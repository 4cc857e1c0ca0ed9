package io.paymentledger.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The idempotency table and its claims, on H2 in PostgreSQL mode and on a real PostgreSQL. */
class IdempotencyStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant EXPIRED_BEFORE = NOW.minus(Duration.ofHours(24));
    private static final Instant ABANDONED_BEFORE = NOW.minus(Duration.ofMinutes(2));
    private static EmbeddedPostgres postgres;
    private static IdempotencyStore onH2;
    private static IdempotencyStore onPostgres;

    @BeforeAll
    static void databases() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:idempotency;MODE=PostgreSQL;DATABASE_TO_LOWER=FALSE;DB_CLOSE_DELAY=-1");
        postgres = EmbeddedPostgres.builder().start();
        onH2 = store(h2);
        onPostgres = store(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static Stream<IdempotencyStore> stores() {
        return Stream.of(onH2, onPostgres);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void replaysTheCompletedAnswerOnlyForTheSameFingerprint(IdempotencyStore store) {
        String key = UUID.randomUUID().toString();
        assertThat(claim(store, key, "f1", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        assertThat(claim(store, key, "f1", NOW).outcome()).isEqualTo(Claim.Outcome.IN_USE);
        byte[] body = "{\"id\":\"pi_1\"}".getBytes(StandardCharsets.UTF_8);
        store.complete("acct_a", key, new StoredResponse(402, "application/json", body), NOW);

        Claim replay = claim(store, key, "f1", NOW);
        assertThat(replay.outcome()).isEqualTo(Claim.Outcome.REPLAY);
        assertThat(replay.stored().status()).isEqualTo(402);
        assertThat(replay.stored().body()).isEqualTo(body);
        assertThat(claim(store, key, "f2", NOW).outcome()).isEqualTo(Claim.Outcome.MISMATCH);
        assertThat(store.claim("acct_b", key, "f2", NOW, EXPIRED_BEFORE, ABANDONED_BEFORE).outcome())
                .isEqualTo(Claim.Outcome.CLAIMED);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void releasedKeysCanBeUsedAgain(IdempotencyStore store) {
        String key = UUID.randomUUID().toString();
        claim(store, key, "f1", NOW);
        store.release("acct_a", key);
        assertThat(claim(store, key, "f2", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void forgetsExpiredResultsAndTakesOverAbandonedClaims(IdempotencyStore store) {
        String expired = UUID.randomUUID().toString();
        claim(store, expired, "f1", NOW.minus(Duration.ofHours(25)));
        store.complete("acct_a", expired, new StoredResponse(200, "application/json", new byte[0]), NOW);
        assertThat(claim(store, expired, "f2", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);

        String abandoned = UUID.randomUUID().toString();
        claim(store, abandoned, "f1", NOW.minus(Duration.ofMinutes(5)));
        assertThat(claim(store, abandoned, "f1", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void prunesOnlyResultsOlderThanTheRetention(IdempotencyStore store) {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        StoredResponse answer = new StoredResponse(200, "application/json", new byte[0]);
        claim(store, old, "f1", NOW.minus(Duration.ofDays(3)));
        store.complete("acct_a", old, answer, NOW.minus(Duration.ofDays(3)));
        claim(store, recent, "f1", NOW);
        store.complete("acct_a", recent, answer, NOW);

        assertThat(store.pruneCreatedBefore(NOW.minus(Duration.ofDays(2)))).isPositive();

        // Claimed with nothing counting as expired or abandoned, a row still there would answer MISMATCH (f9 ≠ f1):
        // only the prune can have freed the old key.
        assertThat(claimKeepingEveryRow(store, old, "f9").outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        assertThat(claimKeepingEveryRow(store, recent, "f9").outcome()).isEqualTo(Claim.Outcome.MISMATCH);
    }

    /** A customer's create claims its key inside its transaction; a taken key must not abort that transaction. */
    @Test
    void aTakenKeyLeavesTheSurroundingTransactionUsableOnPostgres() {
        DataSource dataSource = postgres.getPostgresDatabase();
        IdempotencyStore inTransaction = new IdempotencyStore(new JdbcTemplate(dataSource));
        String taken = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        assertThat(claim(onPostgres, taken, "f1", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            assertThat(claim(inTransaction, taken, "f1", NOW).outcome()).isEqualTo(Claim.Outcome.IN_USE);
            assertThat(claim(inTransaction, fresh, "f2", NOW).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        });
        assertThat(claim(onPostgres, fresh, "f2", NOW).outcome()).isEqualTo(Claim.Outcome.IN_USE);
    }

    private static Claim claimKeepingEveryRow(IdempotencyStore store, String key, String fingerprint) {
        return store.claim("acct_a", key, fingerprint, NOW, Instant.EPOCH, Instant.EPOCH);
    }

    private static Claim claim(IdempotencyStore store, String key, String fingerprint, Instant at) {
        return store.claim("acct_a", key, fingerprint, at, EXPIRED_BEFORE, ABANDONED_BEFORE);
    }

    private static IdempotencyStore store(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/gateway").load().migrate();
        return new IdempotencyStore(new JdbcTemplate(dataSource));
    }
}
