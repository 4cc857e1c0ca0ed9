package io.paymentledger.ledger;

import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Commands for infrastructure tests that only need some intents to exist. */
final class TestIntents {

    static final String ACCOUNT = "acct_infra";

    private TestIntents() {
    }

    static String newId() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static CreatePaymentIntent create(String paymentIntentId, long amount) {
        PaymentIntentDetails details = new PaymentIntentDetails(CaptureMethod.AUTOMATIC, ConfirmationMethod.AUTOMATIC,
                null, "infrastructure test", Map.of("test", "infra"), List.of("card"), null,
                new AutomaticPaymentMethods(true, "always"), null, null, null, null, null, null);
        return new CreatePaymentIntent(paymentIntentId, ACCOUNT, amount, "usd", details,
                paymentIntentId + "_secret_test", null, null);
    }
}
