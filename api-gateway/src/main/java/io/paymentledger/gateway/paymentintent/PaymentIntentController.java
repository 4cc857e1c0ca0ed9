package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PaymentIntent operations that change an intent (docs/api.md §3.1–3.6). Each one parses its parameters (form or
 * JSON) into a command, which validates the wire format, and hands it to {@link PaymentIntentCommands}.
 */
@RestController
@RequestMapping("/v1/payment_intents")
@Tag(name = "PaymentIntents", description = "Stripe-compatible PaymentIntents. Parameters are form-encoded with "
        + "bracket notation (metadata[order_id]=A-1), or a JSON object with the same names.")
class PaymentIntentController {

    private static final int MAX_CLIENT_SECRET = 5000;

    private final RequestBodies bodies;
    private final PaymentIntentCommands commands;
    private final CardVault vault;
    private final PaymentIntentQueries queries;
    private final IntentCustomers customers;
    private final IntentPaymentMethodTypes paymentMethodTypes;

    PaymentIntentController(RequestBodies bodies, PaymentIntentCommands commands, CardVault vault,
                            PaymentIntentQueries queries, IntentCustomers customers,
                            IntentPaymentMethodTypes paymentMethodTypes) {
        this.paymentMethodTypes = paymentMethodTypes;
        this.bodies = bodies;
        this.commands = commands;
        this.vault = vault;
        this.queries = queries;
        this.customers = customers;
    }

    @PostMapping
    @Operation(summary = "Create a PaymentIntent", description = "Required: amount, currency. With confirm=true "
            + "the intent is confirmed at once; a declined card answers 402 with the intent in the error.")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        String id = PaymentIntentIds.newId();
        var command = PaymentIntentParams.create(params, caller.accountId(), id, PaymentIntentIds.clientSecret(id),
                vault);
        customers.check(caller.accountId(), command);
        paymentMethodTypes.check(caller.accountId(), command);
        return commands.create(request, caller, params, command, PaymentIntentParams.expansions(params, false));
    }

    @PostMapping("/{id}")
    @Operation(summary = "Update a PaymentIntent")
    ResponseEntity<Object> update(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        return execute(id, caller, request, PaymentIntentParams::update);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm a PaymentIntent", description = "Runs a payment attempt with the attached or "
            + "given payment method (test cards as in Stripe's test mode).")
    ResponseEntity<Object> confirm(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                   HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        if (caller.publishable()) {
            String clientSecret = ParamReader.of(params).string("client_secret", MAX_CLIENT_SECRET);
            PaymentIntentView intent = queries.find(new FindPaymentIntent(caller.accountId(), id),
                    PaymentIntentView.class).orElseThrow(() -> ApiException.noSuchPaymentIntent(id));
            ClientSecrets.check(caller, clientSecret, intent);
        }
        return execute(id, caller, request, params, PaymentIntentParams::confirm);
    }

    @PostMapping("/{id}/capture")
    @Operation(summary = "Capture a PaymentIntent", description = "amount_to_capture defaults to all of "
            + "amount_capturable; the rest of the authorization is released.")
    ResponseEntity<Object> capture(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                   HttpServletRequest request) {
        return execute(id, caller, request, PaymentIntentParams::capture);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a PaymentIntent")
    ResponseEntity<Object> cancel(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        return execute(id, caller, request, (params, account, intent, vault) -> PaymentIntentParams.cancel(params,
                account, intent));
    }

    /** Update, confirm, capture and cancel differ only in how the parameters become a command. */
    private ResponseEntity<Object> execute(String id, Caller caller, HttpServletRequest request,
                                           CommandFactory toCommand) {
        return execute(id, caller, request, bodies.read(request), toCommand);
    }

    private ResponseEntity<Object> execute(String id, Caller caller, HttpServletRequest request, RequestParams params,
                                           CommandFactory toCommand) {
        Object command = toCommand.from(params, caller.accountId(), id, vault);
        customers.check(caller.accountId(), command);
        paymentMethodTypes.check(caller.accountId(), command);
        return commands.execute(request, caller, params, id, command, PaymentIntentParams.expansions(params, false));
    }

    @FunctionalInterface
    private interface CommandFactory {
        Object from(RequestParams params, String accountId, String paymentIntentId, CardVault vault);
    }
}
