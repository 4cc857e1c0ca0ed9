package io.paymentledger.gateway.paymentintent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.messages.paymentintent.BalancesView;
import io.paymentledger.messages.paymentintent.CurrencyBalance;
import io.paymentledger.messages.paymentintent.FindBalances;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's ledger totals per currency (our extension; Stripe's {@code /v1/balance} has another shape):
 * <pre>{"object":"balances","account":"acct_…","currencies":[{"currency":"usd","capturable":2000,
 * "captured":5000,"released":0,"count_by_status":{"succeeded":2,"requires_capture":1}}]}</pre>
 * Amounts are minor units: {@code capturable} is authorized and not yet captured, {@code captured} collected,
 * {@code released} authorization given back (cancel, partial capture), {@code refunded} given back by refunds.
 */
@RestController
@Tag(name = "Balances", description = "Per-currency totals of the caller's account.")
class BalanceController {

    private final RequestBodies bodies;
    private final PaymentIntentQueries queries;

    BalanceController(RequestBodies bodies, PaymentIntentQueries queries) {
        this.bodies = bodies;
        this.queries = queries;
    }

    @GetMapping("/v1/balances")
    @Operation(summary = "Per-currency totals", description = "Captured, capturable and released amounts and "
            + "intent counts by status, per currency.")
    ResponseEntity<Object> balances(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        ParamReader.of(bodies.read(request)).allowOnly(Set.of());
        BalancesView balances = queries.ask(new FindBalances(caller.accountId()),
                ResponseTypes.instanceOf(BalancesView.class));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("object", "balances");
        json.put("account", balances.accountId());
        json.put("currencies", balances.currencies().stream().map(BalanceController::currency).toList());
        return ApiResponses.ok(json);
    }

    private static Map<String, Object> currency(CurrencyBalance balance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currency", balance.currency());
        json.put("capturable", balance.capturable());
        json.put("captured", balance.captured());
        json.put("released", balance.released());
        json.put("refunded", balance.refunded());
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of(PaymentIntentStatus.values()).forEach(status -> {
            Long count = balance.countByStatus() == null ? null : balance.countByStatus().get(status);
            if (count != null && count > 0) {
                counts.put(status.wireName(), count);
            }
        });
        json.put("count_by_status", counts);
        return json;
    }
}
