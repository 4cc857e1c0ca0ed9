package io.paymentledger.ledger.cluster;

import io.paymentledger.ledger.eventstore.UniqueViolationResolver;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Test
    void aUniqueViolationReportedInsideABatchUpdateIsALostAppendRace() {
        // PostgreSQL's driver: vendor code 0, the violation as the batch's next exception.
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505", 0));
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();

        BatchUpdateException withoutState = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        withoutState.setNextException(new SQLException("duplicate key", "23505", 0));
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(withoutState))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(
                new SQLException("null value in column violates not-null constraint", "23502", 0)))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(
                new SQLException("connection refused", "08001", 0)))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
