package io.paymentledger.query.axon;

import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import org.axonframework.queryhandling.QueryExecutionException;

/**
 * A refused query, in the shape the gateway reads: a {@link QueryExecutionException} whose details are a
 * {@link PaymentRejection} (exception classes do not cross the query bus, details do).
 */
public final class QueryRejections {

    private QueryRejections() {
    }

    public static QueryExecutionException rejected(PaymentErrorCode code, String message, String param) {
        return new QueryExecutionException(message, null,
                new PaymentRejection(new PaymentError(code, null, message, param), null, null));
    }
}
