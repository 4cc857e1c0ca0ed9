package io.paymentledger.gateway.paymentmethod;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** PaymentMethods (docs/api.md §3.10): create (tokenize a card) and retrieve, within the caller's account. */
@RestController
@RequestMapping("/v1/payment_methods")
@Tag(name = "PaymentMethods", description = "Cards tokenized by the ledger's vault; the number and CVC are "
        + "dropped at once.")
class PaymentMethodController {

    private final RequestBodies bodies;
    private final CardVault vault;
    private final Idempotency idempotency;
    private final SavedPaymentMethods saved;

    PaymentMethodController(RequestBodies bodies, CardVault vault, Idempotency idempotency,
                            SavedPaymentMethods saved) {
        this.bodies = bodies;
        this.vault = vault;
        this.idempotency = idempotency;
        this.saved = saved;
    }

    @PostMapping
    @Operation(summary = "Create a PaymentMethod", description = "type=card with card[number], card[exp_month], "
            + "card[exp_year], card[cvc], or card[token]=tok_…; billing_details and metadata are optional.")
    ResponseEntity<Object> create(@Parameter(hidden = true) Caller caller, HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        PaymentMethod created = PaymentMethodCreateParams.read(params, caller.accountId(), vault);
        idempotency.begin(request, caller, params);
        vault.keep(caller.accountId(), PaymentMethodInput.of(created));
        return ApiResponses.ok(PaymentMethodJson.paymentMethod(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Retrieve a PaymentMethod")
    ResponseEntity<Object> retrieve(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        PaymentMethod found = vault.find(caller.accountId(), id)
                .orElseThrow(() -> CardVault.noSuchPaymentMethod(id, null)); // named in the path: 404
        return ApiResponses.ok(PaymentMethodJson.paymentMethod(found,
                saved.customerOf(caller.accountId(), found.id()).orElse(null)));
    }
}
