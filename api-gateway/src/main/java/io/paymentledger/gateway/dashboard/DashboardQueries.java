package io.paymentledger.gateway.dashboard;

import java.util.Optional;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.web.Futures;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The dashboard reads through the query bus like the REST controllers, so it works in every deployment mode. */
@Component
class DashboardQueries {

    private final QueryGateway queries;
    private final GatewayProperties properties;

    DashboardQueries(QueryGateway queries, GatewayProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    <R> R ask(Object query, Class<R> type) {
        return Futures.await(queries.query(query, ResponseTypes.instanceOf(type)), properties.commandTimeout(),
                query.getClass().getSimpleName());
    }

    <R> Optional<R> find(Object query, Class<R> type) {
        return Futures.await(queries.query(query, ResponseTypes.optionalInstanceOf(type)),
                properties.commandTimeout(), query.getClass().getSimpleName());
    }
}
