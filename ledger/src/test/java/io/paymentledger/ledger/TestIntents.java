package io.paymentledger.ledger;

import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;

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
        PaymentIntentDetails details = new PaymentIntentDetails(new PaymentSettings(CaptureMethod.AUTOMATIC,
                ConfirmationMethod.AUTOMATIC, List.of("card"), null, new AutomaticPaymentMethods(true, "always"), null),
                new Descriptors("infrastructure test", null, null, null), References.none(), Map.of("test", "infra"),
                null);
        return new CreatePaymentIntent(paymentIntentId, ACCOUNT, amount, "usd", details,
                paymentIntentId + "_secret_test", null, null);
    }
}
