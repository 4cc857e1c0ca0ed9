package io.paymentledger.gateway.refund;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.RandomIds;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.ExpireRefund;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.RefundCharge;
import io.paymentledger.messages.paymentintent.UpdateRefund;
import io.paymentledger.messages.refund.ListRefunds;
import io.paymentledger.messages.refund.RefundPage;
import io.paymentledger.messages.refund.RefundView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Refunds (docs/api.md §15): the controller reads the parameters, names the refund ({@code re_…}), and leaves the
 * decision to the intent's aggregate through {@link Refunds}.
 */
@RestController
@Tag(name = "Refunds", description = "Stripe-compatible refunds of captured charges.")
class RefundController {

    private final RequestBodies bodies;
    private final Refunds refunds;
    private final Idempotency idempotency;
    private final QueryGateway queries;
    private final GatewayProperties properties;

    RefundController(RequestBodies bodies, Refunds refunds, Idempotency idempotency, QueryGateway queries,
                     GatewayProperties properties) {
        this.bodies = bodies;
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping("/v1/refunds")
    @Operation(summary = "Create a refund", description = "payment_intent or charge; amount defaults to all that "
            + "is left of the captured amount.")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        RefundParams.Create create = RefundParams.create(params);
        idempotency.begin(request, caller, params);
        Refunds.ChargeTarget target = refunds.target(caller.accountId(), create);
        String refundId = "re_" + RandomIds.alphanumerics(24);
        RefundView refund = refunds.send(request, caller, refundId, new RefundCharge(target.paymentIntentId(),
                caller.accountId(), target.chargeId(), refundId, create.amount(), create.reason(), create.metadata()));
        return ApiResponses.ok(RefundJson.refund(refund));
    }

    @GetMapping("/v1/refunds/{id}")
    @Operation(summary = "Retrieve a refund")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        RefundParams.none(bodies.read(request));
        return ApiResponses.ok(RefundJson.refund(refunds.refund(caller.accountId(), id)));
    }

    @PostMapping("/v1/refunds/{id}")
    @Operation(summary = "Update a refund", description = "Only its metadata.")
    ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        MetadataPatch metadata = RefundParams.update(params);
        idempotency.begin(request, caller, params);
        RefundView refund = refunds.refund(caller.accountId(), id);
        return ApiResponses.ok(RefundJson.refund(refunds.send(request, caller, id, new UpdateRefund(
                refund.paymentIntentId(), caller.accountId(), refund.chargeId(), id, metadata))));
    }

    @PostMapping("/v1/refunds/{id}/cancel")
    @Operation(summary = "Cancel a refund", description = "Only refunds in requires_action can be canceled; card "
            + "refunds never are, so this answers an error for every existing refund.")
    ResponseEntity<Object> cancel(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        RefundParams.none(params);
        idempotency.begin(request, caller, params);
        RefundView refund = refunds.refund(caller.accountId(), id);
        throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "Refund " + refund.id() + " cannot be canceled "
                + "because it has a status of " + refund.status().wireName() + ". Only refunds with a status of "
                + "requires_action can be canceled.", null);
    }

    @GetMapping("/v1/refunds")
    @Operation(summary = "List refunds", description = "Newest first; filters payment_intent, charge, created; "
            + "cursor paging with starting_after and ending_before.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        ListRefunds query = RefundParams.list(bodies.read(request), caller.accountId());
        RefundPage page = Futures.await(queries.query(query, ResponseTypes.instanceOf(RefundPage.class)),
                properties.commandTimeout(), "ListRefunds");
        return ApiResponses.ok(ApiResponses.list(RefundJson.refunds(page.data()), page.hasMore(),
                RefundJson.LIST_URL));
    }

    @PostMapping("/v1/test_helpers/refunds/{id}/expire")
    @Operation(summary = "Expire a pending refund now", description = "Test mode: a pending refund fails at once "
            + "with failure_reason expired_or_canceled_card instead of when its deadline fires.")
    ResponseEntity<Object> expire(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        RefundParams.none(params);
        idempotency.begin(request, caller, params);
        RefundView refund = refunds.refund(caller.accountId(), id);
        return ApiResponses.ok(RefundJson.refund(refunds.send(request, caller, id, new ExpireRefund(
                refund.paymentIntentId(), caller.accountId(), refund.chargeId(), id))));
    }
}
