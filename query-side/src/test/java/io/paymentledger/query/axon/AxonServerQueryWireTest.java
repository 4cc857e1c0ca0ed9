package io.paymentledger.query.axon;

import io.axoniq.axonserver.grpc.query.QueryRequest;
import io.axoniq.axonserver.grpc.query.QueryResponse;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.error.PaymentRejection;
import io.paymentledger.messages.event.ApiEventView;
import io.paymentledger.messages.event.FindApiEvent;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntentForClient;
import io.paymentledger.messages.paymentintent.FindPaymentIntentAsOf;
import io.paymentledger.messages.paymentintent.FindPaymentIntentHistory;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PaymentIntentHistory;
import io.paymentledger.messages.paymentintent.PaymentIntentPage;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.transfer.FindTransfer;
import io.paymentledger.messages.transfer.FindTransferReversal;
import io.paymentledger.messages.transfer.ListTransferReversals;
import io.paymentledger.messages.transfer.ListTransfers;
import io.paymentledger.messages.transfer.TransferDetailView;
import io.paymentledger.messages.transfer.TransferPage;
import io.paymentledger.messages.transfer.TransferReversalPage;
import io.paymentledger.messages.transfer.TransferReversalView;
import io.paymentledger.query.QuerySideTest;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.paymentledger.query.PaymentIntentEvents.T0;
import static io.paymentledger.query.PaymentIntentEvents.anyAccountId;
import static io.paymentledger.query.PaymentIntentEvents.anyIntentId;
import static io.paymentledger.query.PaymentIntentEvents.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.messaging.responsetypes.ResponseTypes.instanceOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The gateway's queries as they cross Axon Server: the request serialized as the gateway's connector does it
 * (with the response type the gateway asks for), answered by this service's real handlers on its local query
 * bus, the answer serialized as the query service's connector sends it, and read back with the gateway's
 * response type. "Not found" must come back as an empty result: an exception or a missing handler would reach
 * the merchant as a 500 instead of a 404 {@code resource_missing}.
 */
@QuerySideTest
class AxonServerQueryWireTest {

    private final String account = anyAccountId();

    @Autowired
    QueryBus queryBus;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    Serializer serializer;

    @Test
    void everyFindOfAnUnknownIdCrossesTheBusAsAnEmptyResult() {
        String unknown = "pi_doesnotexist";

        assertThat(overAxonServer(new FindPaymentIntent(account, unknown), optionalInstanceOf(PaymentIntentView.class)))
                .isEmpty();
        assertThat(overAxonServer(new FindPaymentIntentAsOf(account, unknown, Instant.now()),
                optionalInstanceOf(PaymentIntentView.class))).isEmpty();
        assertThat(overAxonServer(new FindPaymentIntentHistory(account, unknown, null, 100),
                optionalInstanceOf(PaymentIntentHistory.class))).isEmpty();
        assertThat(overAxonServer(new FindPaymentIntentForClient(unknown, unknown + "_secret_x"),
                optionalInstanceOf(PaymentIntentView.class))).isEmpty();
        assertThat(overAxonServer(new FindApiEvent(account, "evt_notprojectedyet"),
                optionalInstanceOf(ApiEventView.class))).isEmpty();
        assertThat(overAxonServer(new FindTransfer(account, "tr_doesnotexist"),
                optionalInstanceOf(TransferDetailView.class))).isEmpty();
        assertThat(overAxonServer(new FindTransferReversal(account, "tr_doesnotexist", "trr_doesnotexist"),
                optionalInstanceOf(TransferReversalView.class))).isEmpty();
    }

    @Test
    void transferPagesCrossTheBusEmptyForAnAccountWithoutTransfers() {
        assertThat(overAxonServer(new ListTransfers(account, null, null, null, 10, null, null),
                instanceOf(TransferPage.class))).isEqualTo(new TransferPage(java.util.List.of(), false));
        assertThat(overAxonServer(new ListTransferReversals(account, "tr_doesnotexist", 10, null, null),
                instanceOf(TransferReversalPage.class))).isEqualTo(new TransferReversalPage(java.util.List.of(), false));
    }

    @Test
    void aKnownIntentCrossesTheBusAsItsViewAndAnotherAccountSeesNothing() {
        String id = anyIntentId();
        eventStore.publish(new GenericDomainEventMessage<>("PaymentIntent", id, 0, created(id, account, 2_000, "usd"),
                Map.of(), UUID.randomUUID().toString(), T0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                overAxonServer(new FindPaymentIntent(account, id), optionalInstanceOf(PaymentIntentView.class)))
                .hasValueSatisfying(view -> assertThat(view.amount()).isEqualTo(2_000)));
        assertThat(overAxonServer(new FindPaymentIntentHistory(account, id, null, 100),
                optionalInstanceOf(PaymentIntentHistory.class)))
                .hasValueSatisfying(history -> assertThat(history.events()).hasSize(1));
        assertThat(overAxonServer(new FindPaymentIntent(anyAccountId(), id),
                optionalInstanceOf(PaymentIntentView.class))).isEmpty();
        assertThat(overAxonServer(new FindPaymentIntentForClient(id, id + "_secret_abc"),
                optionalInstanceOf(PaymentIntentView.class))).map(PaymentIntentView::accountId).contains(account);
    }

    @Test
    void aRefusalCrossesTheBusWithItsStripeErrorInTheDetails() {
        ListPaymentIntents unknownCursor = new ListPaymentIntents(account, null, null, null, null, null, 10,
                "pi_doesnotexist", null);

        QueryResponseMessage<PaymentIntentPage> answer = roundTrip(unknownCursor, instanceOf(PaymentIntentPage.class));

        assertThat(answer.isExceptional()).isTrue();
        assertThat(answer.exceptionResult()).isInstanceOf(QueryExecutionException.class);
        assertThat(((QueryExecutionException) answer.exceptionResult()).getDetails())
                .hasValueSatisfying(details -> assertThat(((PaymentRejection) details).error().code())
                        .isEqualTo(PaymentErrorCode.RESOURCE_MISSING));
    }

    private <R> R overAxonServer(Object query, ResponseType<R> responseType) {
        QueryResponseMessage<R> answer = roundTrip(query, responseType);
        assertThat(answer.isExceptional()).as("%s answered with %s", query, answer.optionalExceptionResult())
                .isFalse();
        return answer.getPayload();
    }

    /** What AxonServerQueryBus does on both ends of a direct query, minus the network in between. */
    private <R> QueryResponseMessage<R> roundTrip(Object query, ResponseType<R> responseType) {
        QuerySerializer wire = new QuerySerializer(messageSerializer, serializer,
                AxonServerConfiguration.builder().build());
        QueryRequest request = wire.serializeRequest(new GenericQueryMessage<>(query, responseType), 1, 10_000, 0,
                false);

        QueryResponseMessage<Object> handled = queryBus.query(wire.deserializeRequest(request)).join();
        QueryResponse response = wire.serializeResponse(handled, request.getMessageIdentifier());

        return wire.deserializeResponse(response, responseType);
    }
}
