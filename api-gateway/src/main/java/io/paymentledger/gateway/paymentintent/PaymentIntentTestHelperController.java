package io.paymentledger.gateway.paymentintent;

import java.util.Set;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.web.ParamReader;
import io.paymentledger.gateway.web.RequestBodies;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication;
import io.paymentledger.messages.paymentintent.SettlePaymentIntent;
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
 * Test-mode helpers (our extension, docs/api.md §4.4 and §5.3): finish a pending 3-D Secure authentication or settle a
 * {@code processing} attempt now, as automated tests cannot click through the hosted page or wait.
 */
@RestController
@RequestMapping("/v1/test_helpers/payment_intents/{id}")
@Tag(name = "Test helpers", description = "Test mode only: drive authentication and settlement.")
class PaymentIntentTestHelperController {

    private final RequestBodies bodies;
    private final PaymentIntentCommands commands;

    PaymentIntentTestHelperController(RequestBodies bodies, PaymentIntentCommands commands) {
        this.bodies = bodies;
        this.commands = commands;
    }

    @PostMapping("/authenticate")
    @Operation(summary = "Complete 3-D Secure", description = "outcome=succeed|fail; only in requires_action. "
            + "Answers the updated intent, also when the payment then failed (see last_payment_error).")
    ResponseEntity<Object> authenticate(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                        HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        var command = new CompletePaymentIntentAuthentication(id, caller.accountId(),
                PaymentIntentParams.authenticationSucceeds(params));
        return commands.executeAnsweringIntent(request, caller, params, id, command);
    }

    @PostMapping("/settle")
    @Operation(summary = "Settle a processing payment now", description = "Only in processing.")
    ResponseEntity<Object> settle(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                                  HttpServletRequest request) {
        RequestParams params = bodies.read(request);
        ParamReader.of(params).allowOnly(Set.of());
        return commands.executeAnsweringIntent(request, caller, params, id,
                new SettlePaymentIntent(id, caller.accountId()));
    }
}
