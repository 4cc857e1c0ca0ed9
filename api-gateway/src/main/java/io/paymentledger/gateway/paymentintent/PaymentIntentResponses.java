package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ErrorResponses;
import io.paymentledger.gateway.wire.Expansions;
import io.paymentledger.gateway.wire.PaymentIntentJson;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Successful answers are 200 with a JSON body whatever the {@code Accept} header says (spec §1). */
@Component
class PaymentIntentResponses {

    private final ErrorResponses errors;
    private final GatewayProperties properties;

    PaymentIntentResponses(ErrorResponses errors, GatewayProperties properties) {
        this.errors = errors;
        this.properties = properties;
    }

    ResponseEntity<Object> outcome(CommandOutcome outcome, Expansions expansions, HttpServletRequest request) {
        if (outcome.declineError() != null) {
            return errors.of(outcome.declineError(), outcome.intent(), request);
        }
        return intent(outcome.intent(), expansions);
    }

    ResponseEntity<Object> intent(PaymentIntentView intent, Expansions expansions) {
        return ok(PaymentIntentJson.intent(intent, expansions, properties.links()));
    }

    static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
