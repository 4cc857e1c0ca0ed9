package io.paymentledger.gateway.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being unreachable (refused or lost connections, a pool that
 * cannot get one, a server shutting down), anywhere in the cause chain. Such a request committed nothing: the
 * transaction that would have committed it failed, and it is answered 503 {@code api_error}, retryable.
 */
final class DatabaseOutage {

    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            // 08…: connection exceptions; 57P01–57P03: the server is shutting down or not yet accepting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
