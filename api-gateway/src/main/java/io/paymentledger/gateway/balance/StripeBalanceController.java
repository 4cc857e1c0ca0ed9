package io.paymentledger.gateway.balance;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.books.BalanceTransactionPage;
import io.paymentledger.messages.books.BalanceTransactionView;
import io.paymentledger.messages.books.BalanceView;
import io.paymentledger.messages.books.FindBalance;
import io.paymentledger.messages.books.FindBalanceTransaction;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * Stripe's balance and balance transactions (docs/api.md §16, docs/books.md), from the books read model. A
 * transaction's status is computed now from its available_on, so the stored rows never change with time.
 */
@RestController
@Tag(name = "Balance", description = "Stripe's balance and balance transactions of the caller's account.")
class StripeBalanceController {

    private final RequestBodies bodies;
    private final QueryGateway queries;
    private final GatewayProperties properties;
    private final Clock clock = Clock.systemUTC();

    StripeBalanceController(RequestBodies bodies, QueryGateway queries, GatewayProperties properties) {
        this.bodies = bodies;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping("/v1/balance")
    @Operation(summary = "Retrieve balance", description = "Available and pending per currency, with source_types.")
    ResponseEntity<Object> balance(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        BalanceParams.retrieve(bodies.read(request));
        BalanceView balance = Futures.await(queries.query(new FindBalance(caller.accountId()),
                ResponseTypes.instanceOf(BalanceView.class)), properties.commandTimeout(), "FindBalance");
        return ApiResponses.ok(BalanceJson.balance(balance));
    }

    @GetMapping("/v1/balance_transactions/{id}")
    @Operation(summary = "Retrieve a balance transaction")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                    HttpServletRequest request) {
        BalanceParams.retrieve(bodies.read(request));
        BalanceTransactionView txn = Futures.await(queries.query(new FindBalanceTransaction(caller.accountId(), id),
                        ResponseTypes.optionalInstanceOf(BalanceTransactionView.class)), properties.commandTimeout(),
                "FindBalanceTransaction")
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such balance transaction: '" + id + "'", "id"));
        return ApiResponses.ok(BalanceJson.transaction(txn, clock.instant()));
    }

    @GetMapping("/v1/balance_transactions")
    @Operation(summary = "List balance transactions", description = "Newest first; filters created, type, source "
            + "and currency; payout names no payout of this ledger; cursor paging with starting_after and "
            + "ending_before.")
    ResponseEntity<Object> list(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        BalanceTransactionPage page = Futures.await(queries.query(
                BalanceParams.list(bodies.read(request), caller.accountId()),
                ResponseTypes.instanceOf(BalanceTransactionPage.class)), properties.commandTimeout(),
                "ListBalanceTransactions");
        Instant now = clock.instant();
        return ApiResponses.ok(ApiResponses.list(page.data().stream()
                .map(txn -> BalanceJson.transaction(txn, now)).toList(), page.hasMore(), BalanceJson.TRANSACTIONS_URL));
    }
}
