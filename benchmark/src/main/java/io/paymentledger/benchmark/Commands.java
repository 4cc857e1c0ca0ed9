package io.paymentledger.benchmark;

import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MetadataPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Commands the in-process phases send straight to the command bus, bypassing HTTP and read-after-write. */
final class Commands {

    private Commands() {
    }

    /** An id shaped like the gateway's: {@code pi_} and 24 characters. */
    static String newIntentId() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static CreatePaymentIntent create(String id, long amount) {
        PaymentIntentDetails details = new PaymentIntentDetails(new PaymentSettings(CaptureMethod.AUTOMATIC,
                ConfirmationMethod.AUTOMATIC, List.of("card"), null, new AutomaticPaymentMethods(true, "always"), null),
                new Descriptors("benchmark", null, null, null), References.none(), Map.of("source", "benchmark"), null);
        return new CreatePaymentIntent(id, InProcessLedger.ACCOUNT, amount, "usd", details, id + "_secret_bench",
                null, null, null);
    }

    /** A metadata change: one {@code PaymentIntentUpdated} event. */
    static UpdatePaymentIntent updateMetadata(String id, String value) {
        PaymentIntentPatch patch = new PaymentIntentPatch(null, null, null,
                PaymentSettings.none(), Descriptors.none(), null, null, new MetadataPatch(Map.of("step", value),
                        false), Set.of());
        return new UpdatePaymentIntent(id, InProcessLedger.ACCOUNT, patch);
    }
}
