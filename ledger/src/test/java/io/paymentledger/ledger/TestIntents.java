package io.paymentledger.ledger;

import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Commands for infrastructure tests that only need some intents to exist. */
public final class TestIntents {

    public static final String ACCOUNT = "acct_infra";

    private TestIntents() {
    }

    public static String newId() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    public static CreatePaymentIntent create(String paymentIntentId, long amount) {
        PaymentIntentDetails details = new PaymentIntentDetails(new PaymentSettings(CaptureMethod.AUTOMATIC,
                ConfirmationMethod.AUTOMATIC, List.of("card"), null, new AutomaticPaymentMethods(true, "always"), null),
                new Descriptors("infrastructure test", null, null, null), References.none(), Map.of("test", "infra"),
                null);
        return new CreatePaymentIntent(paymentIntentId, ACCOUNT, amount, "usd", details,
                paymentIntentId + "_secret_test", null, null, null);
    }

    public static UpdatePaymentIntent changeAmount(String paymentIntentId, long amount) {
        return new UpdatePaymentIntent(paymentIntentId, ACCOUNT, new PaymentIntentPatch(amount, null, null,
                PaymentSettings.none(), Descriptors.none(), null, null, MetadataPatch.none(), Set.of()));
    }
}
