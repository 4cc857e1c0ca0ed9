package io.paymentledger.query.axon;

import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MerchantReferences;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.upcasting.DetailsRevision2;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Read-model rows written before the details were grouped still read, and today's rows read as they are. */
class StoredDetailsTest {

    private static final PaymentIntentDetails DETAILS = new PaymentIntentDetails(
            new PaymentSettings(CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC, List.of("card"),
                    new PaymentMethodOptions("automatic"), null, null),
            new Descriptors("Order A-1", null, "A1", "buyer@example.com"),
            new References("cus_1", new MerchantReferences(2L, null, "o-1")), Map.of("order_id", "A-1"), null);

    private final ReadModelJson json = new ReadModelJson();

    @Test
    void readsTheFlatDetailsOfOlderRows() {
        String flat = "{\"automaticPaymentMethods\":null,\"captureMethod\":\"MANUAL\","
                + "\"confirmationMethod\":\"AUTOMATIC\",\"customer\":\"cus_1\",\"description\":\"Order A-1\","
                + "\"merchantReferences\":{\"merchantOrderId\":\"o-1\",\"merchantUserId\":null,\"quantity\":2},"
                + "\"metadata\":{\"order_id\":\"A-1\"},\"paymentMethodOptions\":{\"requestThreeDSecure\":\"automatic\"},"
                + "\"paymentMethodTypes\":[\"card\"],\"receiptEmail\":\"buyer@example.com\",\"setupFutureUsage\":null,"
                + "\"shipping\":null,\"statementDescriptor\":null,\"statementDescriptorSuffix\":\"A1\"}";

        assertThat(json.read(flat, PaymentIntentDetails.class, DetailsRevision2::regroup)).isEqualTo(DETAILS);
    }

    @Test
    void readsTodaysRowsUnchanged() {
        assertThat(json.read(json.write(DETAILS), PaymentIntentDetails.class, DetailsRevision2::regroup))
                .isEqualTo(DETAILS);
    }
}
