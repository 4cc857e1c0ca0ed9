package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.paymentmethod.TestVaults;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.gateway.web.RequestParamsTest;
import io.paymentledger.messages.paymentintent.AutomaticPaymentMethods;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.Descriptors;
import io.paymentledger.messages.paymentintent.MerchantReferences;
import io.paymentledger.messages.paymentintent.OffSession;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentMethodOptions;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.References;
import io.paymentledger.messages.paymentintent.SetupFutureUsage;
import io.paymentledger.messages.paymentintent.Shipping;
import io.paymentledger.messages.paymentmethod.Address;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paymentledger.gateway.web.RequestParamsTest.form;
import static io.paymentledger.gateway.web.RequestParamsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateRequestTest {

    private static final CardVault VAULT = TestVaults.vault();

    static final String ACCOUNT = "acct_alpha";
    static final String ID = "pi_123";
    static final String SECRET = "pi_123_secret_abc";

    static CreatePaymentIntent create(RequestParams params) {
        return PaymentIntentParams.create(params, ACCOUNT, ID, SECRET, VAULT);
    }

    @Test
    void fillsStripesDefaultsForAMinimalRequest() {
        CreatePaymentIntent command = create(form("amount=2000&currency=USD"));

        assertThat(command.paymentIntentId()).isEqualTo(ID);
        assertThat(command.accountId()).isEqualTo(ACCOUNT);
        assertThat(command.clientSecret()).isEqualTo(SECRET);
        assertThat(command.amount()).isEqualTo(2000);
        assertThat(command.currency()).isEqualTo("usd");
        assertThat(command.paymentMethod()).isNull();
        assertThat(command.confirm()).isNull();
        assertThat(command.details()).isEqualTo(new PaymentIntentDetails(new PaymentSettings(CaptureMethod.AUTOMATIC,
                ConfirmationMethod.AUTOMATIC, List.of("card"), new PaymentMethodOptions("automatic"),
                new AutomaticPaymentMethods(true, "always"), null),
                Descriptors.none(), References.none(), Map.of(), null));
    }

    @Test
    void mapsEveryDescriptiveFieldOfAFormRequest() {
        CreatePaymentIntent command = create(form("amount=2000&currency=eur&capture_method=manual"
                + "&confirmation_method=manual&customer=cus_1&description=Order+A-1&metadata[order_id]=A-1"
                + "&metadata[gone]=&payment_method_types[0]=card"
                + "&payment_method_options[card][request_three_d_secure]=challenge&receipt_email=a%40b.example"
                + "&setup_future_usage=off_session&shipping[name]=B&shipping[carrier]=UPS&shipping[phone]=1"
                + "&shipping[tracking_number]=T&shipping[address][line1]=y&shipping[address][city]=Z"
                + "&statement_descriptor_suffix=ORDER+A1&payment_method=pm_card_visa&expand[0]=latest_charge"));

        assertThat(command.details()).isEqualTo(new PaymentIntentDetails(new PaymentSettings(CaptureMethod.MANUAL,
                ConfirmationMethod.MANUAL, List.of("card"), new PaymentMethodOptions("challenge"), null,
                SetupFutureUsage.OFF_SESSION),
                new Descriptors("Order A-1", null, "ORDER A1", "a@b.example"), new References("cus_1", null),
                Map.of("order_id", "A-1"), new Shipping(new Address("Z", null, "y", null, null, null), "UPS", "B",
                "1", "T")));
        assertThat(command.paymentMethod().paymentMethod().id()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(command.paymentMethod().paymentMethod().processorReference()).isEqualTo("test:APPROVE");
    }

    @Test
    void confirmsInTheSameCommandWhenConfirmIsTrue() {
        CreatePaymentIntent command = create(form("amount=2000&currency=usd&confirm=true&payment_method=pm_card_visa"
                + "&return_url=https%3A%2F%2Fm.example%2Fr&off_session=one_off&error_on_requires_action=true"
                + "&use_stripe_sdk=false&mandate=m_1&radar_options[session]=s"));

        assertThat(command.confirm()).isEqualTo(new ConfirmOptions("https://m.example/r", OffSession.ONE_OFF,
                true, false, null));
    }

    @Test
    void keepsTheRequestedAutomaticPaymentMethods() {
        assertThat(create(form("amount=2000&currency=usd&automatic_payment_methods[enabled]=true"
                + "&automatic_payment_methods[allow_redirects]=never")).details().settings().automaticPaymentMethods())
                .isEqualTo(new AutomaticPaymentMethods(true, "never"));
        assertThat(create(form("amount=2000&currency=usd&automatic_payment_methods[enabled]=false"))
                .details().settings().automaticPaymentMethods()).isEqualTo(new AutomaticPaymentMethods(false, null));
    }

    @Test
    void unsetsNothingButAlsoSetsNothingWithEmptyOptionalValues() {
        CreatePaymentIntent command = create(form("amount=2000&currency=usd&description=&customer=&shipping="
                + "&receipt_email=&setup_future_usage=&metadata=&payment_method="));

        assertThat(command.details().descriptors().description()).isNull();
        assertThat(command.details().references().customer()).isNull();
        assertThat(command.details().shipping()).isNull();
        assertThat(command.details().descriptors().receiptEmail()).isNull();
        assertThat(command.details().settings().setupFutureUsage()).isNull();
        assertThat(command.details().metadata()).isEmpty();
        assertThat(command.paymentMethod()).isNull();
    }

    @Test
    void mapsTheIssuesJsonBodyOntoTheCommand() {
        CreatePaymentIntent command = create(json(RequestParamsTest.Json.ISSUE_BODY));

        assertThat(command.amount()).isEqualTo(1000);
        assertThat(command.currency()).isEqualTo("usd");
        assertThat(command.confirm()).isEqualTo(new ConfirmOptions("https://m.example/r", null, false, false, null));
        PaymentMethod tokenized = command.paymentMethod().paymentMethod();
        assertThat(tokenized.card()).extracting("brand", "last4", "expMonth", "expYear", "cvcCheck")
                .containsExactly("visa", "4242", 12, 2030, "pass");
        assertThat(tokenized.billingDetails())
                .isEqualTo(new BillingDetails(new Address(null, "US", "x", null, null, null), null, "A", null));
        assertThat(tokenized.toString()).doesNotContain("4242424242424242");
        assertThat(command.details().metadata()).isEqualTo(Map.of("order_id", "A-1", "n", "5"));
        assertThat(command.details().shipping())
                .isEqualTo(new Shipping(new Address(null, null, "y", null, null, null), null, "B", null, null));
        assertThat(command.details().references().merchant()).isEqualTo(new MerchantReferences(1L, null, "o-1"));
    }

    @Test
    void toleratesSeedSpellingsOfEnumsInJsonOnly() {
        CreatePaymentIntent command = create(json("{\"amount\":\"1000\",\"currency\":\"usd\","
                + "\"capture_method\":\"MANUAL\",\"setup_future_usage\":\"off-session\",\"confirm\":\"TRUE\","
                + "\"payment_method\":\"pm_card_visa\",\"off_session\":\"RECURRING\"}"));

        assertThat(command.details().settings().captureMethod()).isEqualTo(CaptureMethod.MANUAL);
        assertThat(command.details().settings().setupFutureUsage()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThat(command.confirm().offSession()).isEqualTo(OffSession.RECURRING);
    }

    @Test
    void toleratesUppercasePaymentMethodTypesInJsonOnly() {
        CreatePaymentIntent command = create(json("{\"amount\":1000,\"currency\":\"usd\","
                + "\"payment_method_types\":[\"CARD\"]}"));

        assertThat(command.details().settings().paymentMethodTypes()).isEqualTo(List.of("card"));
    }

    @Test
    void reducesSeedResourceNamesOfTheCallersAccountToThePaymentMethodId() {
        PaymentMethod kept = TestVaults.keep(VAULT, ACCOUNT, "pm_123");
        CreatePaymentIntent command = create(json("{\"amount\":1000,\"currency\":\"usd\","
                + "\"payment_method\":\"accounts/acct_alpha/payment-methods/pm_123\"}"));

        assertThat(command.paymentMethod().paymentMethod()).isEqualTo(kept);
    }

    @Test
    void dropsEmptyMetadataValuesOfNewPaymentMethods() {
        CreatePaymentIntent command = create(form("amount=2000&currency=usd&payment_method_data[type]=card"
                + "&payment_method_data[card][token]=tok_visa&payment_method_data[metadata][k]=v"
                + "&payment_method_data[metadata][e]=&payment_method_data[billing_details][email]=a%40b.co"));

        PaymentMethod tokenized = command.paymentMethod().paymentMethod();
        assertThat(tokenized.billingDetails()).isEqualTo(new BillingDetails(null, "a@b.co", null, null));
        assertThat(tokenized.metadata()).isEqualTo(Map.of("k", "v"));
    }

    @Test
    void neverQuotesCardValuesInErrorMessages() {
        RequestParams params = form("amount=2000&currency=usd&payment_method_data[type]=card"
                + "&payment_method_data[card][exp_month]=4242424242424242424242");

        assertThatThrownBy(() -> create(params)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).doesNotContain("4242"));
    }

    @Test
    void neverPutsCardDataInTheCommandsText() {
        CreatePaymentIntent command = create(json(RequestParamsTest.Json.ISSUE_BODY));

        assertThat(command.toString()).doesNotContain("4242424242424242").doesNotContain("cvc=123");
    }
}
