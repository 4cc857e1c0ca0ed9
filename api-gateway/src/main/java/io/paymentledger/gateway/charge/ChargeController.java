package io.paymentledger.gateway.charge;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.refund.Refunds;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.refund.ChargePage;
import io.paymentledger.messages.refund.ListCharges;
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


/** Reading charges (docs/api.md §15): retrieve and list, with {@code expand[]=refunds} / {@code data.refunds}. */
@RestController
@RequestMapping("/v1/charges")
@Tag(name = "Charges", description = "The charge of each payment attempt, with what was refunded.")
class ChargeController {

    private final RequestBodies bodies;
    private final Refunds refunds;
    private final QueryGateway queries;
    private final GatewayProperties properties;

    ChargeController(RequestBodies bodies, Refunds refunds, QueryGateway queries, GatewayProperties properties) {
        this.bodies = bodies;
        this.refunds = refunds;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a charge")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        Expansions expansions = ChargeParams.retrieve(bodies.read(request));
        return ApiResponses.ok(ChargeJson.charge(refunds.charge(caller.accountId(), id)
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such charge: '" + id + "'", "id")), expansions.expands("refunds")));
    }

    @GetMapping
    @Operation(summary = "List charges", description = "Newest first; filters payment_intent and created; cursor "
            + "paging with starting_after and ending_before.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        ListCharges query = ChargeParams.list(params, caller.accountId());
        Expansions expansions = ChargeParams.listExpansions(params);
        ChargePage page = Futures.await(queries.query(query, ResponseTypes.instanceOf(ChargePage.class)),
                properties.commandTimeout(), "ListCharges");
        return ApiResponses.ok(ApiResponses.list(page.data().stream()
                .map(c -> ChargeJson.charge(c, expansions.expands("refunds"))).toList(), page.hasMore(),
                ChargeJson.LIST_URL));
    }
}
