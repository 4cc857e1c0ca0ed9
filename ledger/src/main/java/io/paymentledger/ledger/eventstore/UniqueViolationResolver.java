package io.paymentledger.ledger.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises a unique-constraint violation by its SQLState {@code 23505}, as both PostgreSQL and H2 report it.
 * <p>
 * Why: this is how a node that lost the race to append to an intent learns it lost. Axon's default resolver
 * compares vendor error codes, which PostgreSQL leaves at 0 (and its driver reports the violation inside a
 * {@code BatchUpdateException} chain), so on PostgreSQL the loser got an EventStoreException, a 500, instead of
 * the ConcurrencyException the gateway retries.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = exception;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql && chainHasUniqueViolation(sql)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean chainHasUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
            if (next.getNextException() == next) {
                return false;
            }
        }
        return false;
    }
}
