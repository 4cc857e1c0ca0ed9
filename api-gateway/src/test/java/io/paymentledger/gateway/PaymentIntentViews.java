package io.paymentledger.gateway;

import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;

/** Read-model views for the gateway tests. */
public final class PaymentIntentViews {

    public static final Instant CREATED = Instant.ofEpochSecond(1_763_900_000L);

    private PaymentIntentViews() {
    }

    public static PaymentIntentView view(String id, PaymentIntentStatus status, long version) {
        var details = new PaymentIntentDetails(new PaymentSettings(CaptureMethod.MANUAL,
                ConfirmationMethod.AUTOMATIC, List.of("card"), null, null, null),
                new Descriptors("Order A-1", null, null, null), References.none(), Map.of("order_id", "A-1"), null);
        long capturable = status == PaymentIntentStatus.REQUIRES_CAPTURE ? 2_000 : 0;
        long received = status == PaymentIntentStatus.SUCCEEDED ? 2_000 : 0;
        return new PaymentIntentView(id, "acct_alpha", version, CREATED, 2_000, "usd", status, capturable, received,
                id + "_secret_abc", details, null, null, null, null, null, null);
    }
}
