package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ErrorResponses;
import io.paymentledger.gateway.web.ApiResponses;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** An intent, or the card error with the intent (402) when the command was declined. */
@Component
class PaymentIntentResponses {

    private final ErrorResponses errors;
    private final GatewayProperties properties;
    private final IntentCustomers customers;

    PaymentIntentResponses(ErrorResponses errors, GatewayProperties properties, IntentCustomers customers) {
        this.errors = errors;
        this.properties = properties;
        this.customers = customers;
    }

    ResponseEntity<Object> outcome(CommandOutcome outcome, Expansions expansions, HttpServletRequest request) {
        if (outcome.declineError() != null) {
            return errors.of(outcome.declineError(), outcome.intent(), request);
        }
        return intent(outcome.intent(), expansions);
    }

    ResponseEntity<Object> intent(PaymentIntentView intent, Expansions expansions) {
        return ApiResponses.ok(customers.expand(intent.accountId(),
                PaymentIntentJson.intent(intent, expansions, properties.links()), expansions));
    }
}
