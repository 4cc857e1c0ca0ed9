package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.TestVaults;

import com.stripe.net.FormEncoder;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.common.EmptyParam;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.ListPaymentIntents;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the official client encodes, with its own form encoder, is what we read. */
class StripeJavaRequestsTest {

    private static final CardVault VAULT = TestVaults.vault();

    static RequestParams encoded(Map<String, Object> params) {
        return RequestParams.fromForm(null, FormEncoder.createQueryString(params).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsACreateRequestWithNestedHashesAndArrays() {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(2000L).setCurrency("usd").setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .addPaymentMethodType("card").putMetadata("order_id", "A-1 & co").setDescription("Ünïcode ✓")
                .setShipping(PaymentIntentCreateParams.Shipping.builder().setName("B")
                        .setAddress(PaymentIntentCreateParams.Shipping.Address.builder().setLine1("y").build())
                        .build())
                .setPaymentMethodData(PaymentIntentCreateParams.PaymentMethodData.builder()
                        .putExtraParam("type", "card")
                        .putExtraParam("card", Map.<String, Object>of("number", "4242424242424242", "exp_month", 12,
                                "exp_year", 2030, "cvc", "123"))
                        .build())
                .setConfirm(true).setReturnUrl("https://m.example/r")
                .addExpand("latest_charge").addExpand("payment_method")
                .build();

        RequestParams request = encoded(params.toMap());
        CreatePaymentIntent command = PaymentIntentParams.create(request, "acct_alpha", "pi_1", "s", VAULT);

        assertThat(command.amount()).isEqualTo(2000L);
        assertThat(command.details().settings().captureMethod()).isEqualTo(CaptureMethod.MANUAL);
        assertThat(command.details().metadata()).isEqualTo(Map.of("order_id", "A-1 & co"));
        assertThat(command.details().descriptors().description()).isEqualTo("Ünïcode ✓");
        assertThat(command.details().settings().paymentMethodTypes()).isEqualTo(List.of("card"));
        assertThat(command.details().settings().automaticPaymentMethods()).isNull();
        assertThat(command.paymentMethod().paymentMethod().card()).extracting("last4", "expMonth", "expYear", "cvcCheck")
                .containsExactly("4242", 12, 2030, "pass");
        assertThat(command.confirm().returnUrl()).isEqualTo("https://m.example/r");
        assertThat(PaymentIntentParams.expansions(request, false).paths())
                .containsExactlyInAnyOrder("latest_charge", "payment_method");
    }

    @Test
    void readsTheClientsEmptyParamAsAnUnset() {
        PaymentIntentUpdateParams params = PaymentIntentUpdateParams.builder()
                .setDescription(EmptyParam.EMPTY).setPaymentMethod(EmptyParam.EMPTY).putMetadata("gone", "")
                .build();

        PaymentIntentPatch patch = PaymentIntentParams.update(encoded(params.toMap()), "acct_alpha", "pi_1", VAULT).patch();

        assertThat(patch.unset()).containsExactlyInAnyOrder(PatchField.DESCRIPTION, PatchField.PAYMENT_METHOD);
        assertThat(patch.metadata().changes()).containsEntry("gone", "");
    }

    @Test
    void readsACaptureAndAListPage() {
        PaymentIntentCaptureParams capture = PaymentIntentCaptureParams.builder().setAmountToCapture(700L).build();
        PaymentIntentListParams list = PaymentIntentListParams.builder().setLimit(3L).setStartingAfter("pi_9")
                .setCreated(PaymentIntentListParams.Created.builder().setGte(10L).build())
                .addExpand("data.payment_method").build();

        assertThat(PaymentIntentParams.capture(encoded(capture.toMap()), "acct_alpha", "pi_1", VAULT).amountToCapture())
                .isEqualTo(700L);
        ListPaymentIntents query = PaymentIntentParams.list(
                RequestParams.fromQuery(FormEncoder.createQueryString(list.toMap())), "acct_alpha");
        assertThat(query.limit()).isEqualTo(3);
        assertThat(query.startingAfter()).isEqualTo("pi_9");
        assertThat(query.created().gte()).isEqualTo(10L);
    }
}
