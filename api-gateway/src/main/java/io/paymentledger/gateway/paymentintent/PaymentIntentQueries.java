package io.paymentledger.gateway.paymentintent;

import java.util.Optional;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.web.Futures;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Sends a query and waits for its answer, rethrowing the query side's refusals for the error advice. */
@Component
class PaymentIntentQueries {

    private final QueryGateway queries;
    private final GatewayProperties properties;

    PaymentIntentQueries(QueryGateway queries, GatewayProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    <R> R ask(Object query, ResponseType<R> responseType) {
        return Futures.await(queries.query(query, responseType), properties.commandTimeout(),
                query.getClass().getSimpleName());
    }

    <R> Optional<R> find(Object query, Class<R> type) {
        return ask(query, ResponseTypes.optionalInstanceOf(type));
    }
}
