package io.paymentledger.gateway.transfer;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.transfer.FindTransfer;
import io.paymentledger.messages.transfer.FindTransferReversal;
import io.paymentledger.messages.transfer.TransferDetailView;
import io.paymentledger.messages.transfer.TransferPage;
import io.paymentledger.messages.transfer.TransferReversalPage;
import io.paymentledger.messages.transfer.TransferReversalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading transfers and their reversals (docs/api.md §19.4), from the transfers read model. Only the paying account
 * sees a transfer; to any other it does not exist (404). Transfers are made by payments, never by this API.
 */
@RestController
@RequestMapping(TransferJson.LIST_URL)
@Tag(name = "Transfers", description = "Money a payment sent on to another account, and what refunds took back.")
class TransferController {

    private final RequestBodies bodies;
    private final QueryGateway queries;
    private final GatewayProperties properties;

    TransferController(RequestBodies bodies, QueryGateway queries, GatewayProperties properties) {
        this.bodies = bodies;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a transfer", description = "With the first ten reversals.")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        TransferParams.retrieve(bodies.read(request));
        TransferDetailView found = transfer(caller, id);
        return ApiResponses.ok(TransferJson.transfer(found.transfer(), found.reversals()));
    }

    @GetMapping
    @Operation(summary = "List transfers", description = "Newest first; filters created, destination and "
            + "transfer_group; cursor paging with starting_after and ending_before.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        TransferPage page = Futures.await(queries.query(TransferParams.list(bodies.read(request), caller.accountId()),
                ResponseTypes.instanceOf(TransferPage.class)), properties.commandTimeout(), "ListTransfers");
        return ApiResponses.ok(ApiResponses.list(page.data().stream()
                .map(t -> TransferJson.transfer(t.transfer(), t.reversals())).toList(), page.hasMore(),
                TransferJson.LIST_URL));
    }

    @GetMapping("/{id}/reversals")
    @Operation(summary = "List a transfer's reversals", description = "Newest first; cursor paging with "
            + "starting_after and ending_before.")
    ResponseEntity<Object> reversals(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                     HttpServletRequest request) {
        var query = TransferParams.listReversals(bodies.read(request), caller.accountId(), id);
        transfer(caller, id);
        TransferReversalPage page = Futures.await(queries.query(query,
                        ResponseTypes.instanceOf(TransferReversalPage.class)), properties.commandTimeout(),
                "ListTransferReversals");
        return ApiResponses.ok(TransferJson.reversals(id, page));
    }

    @GetMapping("/{id}/reversals/{reversal}")
    @Operation(summary = "Retrieve a transfer reversal")
    ResponseEntity<Object> reversal(@PathVariable String id, @PathVariable String reversal,
                                    @Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        TransferParams.retrieve(bodies.read(request));
        TransferReversalView found = Futures.await(queries.query(
                        new FindTransferReversal(caller.accountId(), id, reversal),
                        ResponseTypes.optionalInstanceOf(TransferReversalView.class)), properties.commandTimeout(),
                "FindTransferReversal")
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such transfer reversal: '" + reversal + "'", "id"));
        return ApiResponses.ok(TransferJson.reversal(found));
    }

    private TransferDetailView transfer(Caller caller, String id) {
        return Futures.await(queries.query(new FindTransfer(caller.accountId(), id),
                        ResponseTypes.optionalInstanceOf(TransferDetailView.class)), properties.commandTimeout(),
                "FindTransfer")
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such transfer: '" + id + "'", "id"));
    }
}
