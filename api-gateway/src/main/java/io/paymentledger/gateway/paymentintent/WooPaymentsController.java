package io.paymentledger.gateway.paymentintent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ErrorResponses;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * WooPayments' create route (docs/api.md §18.1): the body {@code payment_method, customer, order_id} plus the
 * order's {@code amount} and {@code currency} (the ledger keeps no orders), turned into a Stripe create-and-confirm
 * with {@code metadata[order_id]}. It runs through the same validation, idempotency and aggregate as
 * {@code POST /v1/payment_intents}; the answer is WooPayments' shape ({@link WooPaymentsJson}), errors are
 * WordPress's envelope.
 */
@RestController
@Tag(name = "WooPayments", description = "WooPayments' payment intent route, authenticated with a WooCommerce "
        + "consumer key and secret (HTTP Basic).")
class WooPaymentsController {

    static final String PATH = "/wp-json/wc/v3/payments/payment_intents";
    private static final Set<String> ACCEPTED = Set.of("payment_method", "customer", "order_id", "amount",
            "currency");
    private static final int MAX_ORDER_ID = 500;

    private final RequestBodies bodies;
    private final PaymentIntentCommands commands;
    private final CardVault vault;
    private final ErrorResponses errors;
    private final IntentCustomers customers;

    WooPaymentsController(RequestBodies bodies, PaymentIntentCommands commands, CardVault vault,
                          ErrorResponses errors, IntentCustomers customers) {
        this.customers = customers;
        this.bodies = bodies;
        this.commands = commands;
        this.vault = vault;
        this.errors = errors;
    }

    @PostMapping(PATH)
    @Operation(summary = "Create and confirm a payment intent (WooPayments)", description = "Required: "
            + "payment_method, customer, order_id, amount, currency. order_id is kept as metadata[order_id].")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        String id = PaymentIntentIds.newId();
        var command = PaymentIntentParams.create(stripeParams(params), caller.accountId(), id,
                PaymentIntentIds.clientSecret(id), vault);
        customers.check(caller.accountId(), command);
        CommandOutcome outcome = commands.createOutcome(request, caller, params, command);
        if (outcome.declineError() != null) {
            return errors.of(outcome.declineError(), outcome.intent(), request);
        }
        return ApiResponses.ok(WooPaymentsJson.intent(outcome.intent()));
    }

    /** The WooPayments body as the Stripe create request it means; every field is required, none is dropped. */
    static RequestParams stripeParams(RequestParams woo) {
        ParamReader params = ParamReader.of(woo).allowOnly(ACCEPTED);
        String orderId = params.requiredString("order_id", MAX_ORDER_ID);
        params.requiredString("customer", TextParams.MAX_STRING);
        params.requiredString("payment_method", TextParams.MAX_STRING);
        Map<String, Object> stripe = new LinkedHashMap<>();
        stripe.put("amount", required(params, "amount"));
        stripe.put("currency", required(params, "currency").toLowerCase(Locale.ROOT));
        stripe.put("payment_method", params.raw("payment_method"));
        stripe.put("customer", params.raw("customer"));
        stripe.put("confirm", "true");
        stripe.put("metadata", Map.of("order_id", orderId));
        return RequestParams.fromTree(stripe, woo.json());
    }

    private static String required(ParamReader params, String key) {
        return params.requiredString(key, TextParams.MAX_STRING);
    }
}
