package io.paymentledger.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.PaymentMethodCreateParams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wallet payment methods made on their own (docs/api.md §18.2): {@code POST /v1/payment_methods} with
 * {@code type=alipay} or {@code wechat_pay}, used on an intent by id; an intent refuses a payment method whose type
 * is not among its {@code payment_method_types}; a wallet charge shows the wallet in its
 * {@code payment_method_details}, not a card.
 */
class WalletPaymentMethodsTest extends StripeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAlipayPaymentMethodMadeOnItsOwnPaysAnIntentAndItsChargeShowsAlipay() throws Exception {
        PaymentMethod alipay = PaymentMethod.create(PaymentMethodCreateParams.builder()
                .setType(PaymentMethodCreateParams.Type.ALIPAY)
                .setAlipay(PaymentMethodCreateParams.Alipay.builder().build())
                .setBillingDetails(PaymentMethodCreateParams.BillingDetails.builder().setName("Li Lei").build())
                .build(), as(ALPHA));
        assertThat(alipay.getType()).isEqualTo("alipay");
        assertThat(alipay.getCard()).isNull();
        assertThat(alipay.getAlipay()).isNotNull();

        PaymentIntent pending = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_500L)
                .setCurrency("usd").addPaymentMethodType("alipay").setPaymentMethod(alipay.getId())
                .setReturnUrl("https://shop.example/done").setConfirm(true).build(), as(ALPHA));
        assertThat(pending.getStatus()).isEqualTo("requires_action");
        assertThat(pending.getNextAction().getType()).isEqualTo("alipay_handle_redirect");
        HttpResponse<String> authorized = send(request("/v1/test_helpers/payment_intents/" + pending.getId()
                + "/authenticate", ALPHA).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=succeed")));
        assertThat(JSON.readTree(authorized.body()).get("status").asText()).as(authorized.body())
                .isEqualTo("succeeded");

        PaymentIntent paid = PaymentIntent.retrieve(pending.getId(), as(ALPHA));
        Charge charge = Charge.retrieve(paid.getLatestCharge(), as(ALPHA));
        assertThat(charge.getPaymentMethod()).isEqualTo(alipay.getId());
        assertThat(charge.getPaymentMethodDetails().getType()).isEqualTo("alipay");
        assertThat(charge.getPaymentMethodDetails().getCard()).isNull();
        assertThat(charge.getPaymentMethodDetails().getAlipay()).isNotNull();
        JsonNode details = JSON.readTree(send(request("/v1/charges/" + charge.getId(), ALPHA).GET()).body())
                .get("payment_method_details");
        assertThat(details.fieldNames()).toIterable().containsExactly("alipay", "type");
        assertThat(details.get("alipay").fieldNames()).toIterable()
                .containsExactly("buyer_id", "fingerprint", "transaction_id");
        JsonNode expanded = JSON.readTree(send(request("/v1/payment_intents/" + paid.getId()
                + "?expand[]=latest_charge", ALPHA).GET()).body()).get("latest_charge");
        assertThat(expanded.get("payment_method_details")).isEqualTo(details);
        assertThat(expanded.get("billing_details").get("name").asText()).isEqualTo("Li Lei");
    }

    @Test
    void aWeChatPayPaymentMethodMadeByFormConfirmsAnIntentOfThatType() throws Exception {
        HttpResponse<String> created = send(request("/v1/payment_methods", ALPHA)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=wechat_pay&metadata[order]=W-1")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode method = JSON.readTree(created.body());
        assertThat(method.get("type").asText()).isEqualTo("wechat_pay");
        assertThat(method.get("wechat_pay").isObject()).isTrue();
        assertThat(method.get("card").isNull()).isTrue();
        String id = method.get("id").asText();
        assertThat(JSON.readTree(send(request("/v1/payment_methods/" + id, ALPHA).GET()).body()).get("type")
                .asText()).isEqualTo("wechat_pay");

        PaymentIntent intent = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(900L)
                .setCurrency("usd").addPaymentMethodType("wechat_pay").build(), as(ALPHA));
        PaymentIntent confirmed = intent.confirm(PaymentIntentConfirmParams.builder().setPaymentMethod(id)
                .setPaymentMethodOptions(PaymentIntentConfirmParams.PaymentMethodOptions.builder()
                        .setWechatPay(PaymentIntentConfirmParams.PaymentMethodOptions.WechatPay.builder()
                                .setClient(PaymentIntentConfirmParams.PaymentMethodOptions.WechatPay.Client.WEB)
                                .build()).build()).build(), as(ALPHA));
        assertThat(confirmed.getStatus()).isEqualTo("requires_action");
        assertThat(confirmed.getNextAction().getType()).isEqualTo("wechat_pay_display_qr_code");
        assertThat(confirmed.getPaymentMethod()).isEqualTo(id);
    }

    @Test
    void anIntentRefusesAPaymentMethodWhoseTypeItDoesNotAllowAndWritesNothing() throws Exception {
        PaymentMethod alipay = PaymentMethod.create(PaymentMethodCreateParams.builder()
                .setType(PaymentMethodCreateParams.Type.ALIPAY).build(), as(ALPHA));
        long events = lastEvent();

        InvalidRequestException onCreate = catchThrowableOfType(InvalidRequestException.class, () ->
                PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L).setCurrency("usd")
                        .addPaymentMethodType("card").setPaymentMethod(alipay.getId()).build(), as(ALPHA)));
        assertThat(onCreate.getStatusCode()).isEqualTo(400);
        assertThat(onCreate.getCode()).isEqualTo("payment_intent_incompatible_payment_method");
        assertThat(onCreate.getParam()).isEqualTo("payment_method");
        assertThat(onCreate.getStripeError().getMessage()).contains("(alipay)").contains("types: card");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> PaymentIntent.create(
                PaymentIntentCreateParams.builder().setAmount(1_000L).setCurrency("usd")
                        .setPaymentMethod(alipay.getId()).build(), as(ALPHA))).getCode())
                .as("without payment_method_types an intent takes cards").isEqualTo(
                        "payment_intent_incompatible_payment_method");
        assertThat(lastEvent()).isEqualTo(events);

        PaymentIntent cards = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L)
                .setCurrency("usd").addPaymentMethodType("card").build(), as(ALPHA));
        PaymentIntent wallets = PaymentIntent.create(PaymentIntentCreateParams.builder().setAmount(1_000L)
                .setCurrency("usd").addPaymentMethodType("alipay").build(), as(ALPHA));
        events = lastEvent();
        for (String code : List.of(
                catchThrowableOfType(InvalidRequestException.class, () -> cards.update(PaymentIntentUpdateParams
                        .builder().setPaymentMethod(alipay.getId()).build(), as(ALPHA))).getCode(),
                catchThrowableOfType(InvalidRequestException.class, () -> cards.confirm(PaymentIntentConfirmParams
                        .builder().setPaymentMethod(alipay.getId()).build(), as(ALPHA))).getCode(),
                catchThrowableOfType(InvalidRequestException.class, () -> wallets.confirm(PaymentIntentConfirmParams
                        .builder().setPaymentMethod("pm_card_visa").build(), as(ALPHA))).getCode())) {
            assertThat(code).isEqualTo("payment_intent_incompatible_payment_method");
        }
        assertThat(lastEvent()).isEqualTo(events);
        assertThat(cards.update(PaymentIntentUpdateParams.builder().addPaymentMethodType("alipay")
                .setPaymentMethod(alipay.getId()).build(), as(ALPHA)).getPaymentMethod())
                .as("allowed once the types include it").isEqualTo(alipay.getId());
    }

    @Test
    void badWalletPaymentMethodsAreRefused() throws Exception {
        for (String body : List.of("type=alipay&card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2040",
                "type=alipay&wechat_pay[client]=web", "type=wechat_pay&alipay=", "type=alipay&alipay[x]=1",
                "type=paypal")) {
            HttpResponse<String> refused = send(request("/v1/payment_methods", ALPHA)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("error").get("type").asText())
                    .isEqualTo("invalid_request_error");
        }
        assertThat(send(request("/v1/payment_methods", ALPHA)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=alipay&alipay="))).statusCode())
                .as("its own hash, empty, as stripe-java sends it").isEqualTo(200);
    }

    private long lastEvent() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? 0 : last;
    }
}
