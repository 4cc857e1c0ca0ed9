package io.paymentledger.command.paymentintent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.junit.jupiter.api.Test;

/** The customer action a wallet asks for (docs/api.md §18.2), whatever the confirmation's options say. */
class WalletActionsTest {

    private static final ConfirmOptions REDIRECT = new ConfirmOptions("https://shop.example/back", null, false, false, null);
    private static final ConfirmOptions SDK = new ConfirmOptions("https://shop.example/back", null, false, true, null);

    @Test
    void alipayRedirectsAndKeepsTheReturnUrl() {
        assertThat(actionOf("alipay", SDK)).isEqualTo(new NextAction("alipay_handle_redirect",
                "https://shop.example/back"));
    }

    @Test
    void weChatPayShowsAQrCode() {
        assertThat(actionOf("wechat_pay", REDIRECT).type()).isEqualTo("wechat_pay_display_qr_code");
    }

    @Test
    void cardsKeepThe3DSecureActions() {
        assertThat(actionOf("card", REDIRECT).type()).isEqualTo("redirect_to_url");
        assertThat(actionOf("card", SDK).type()).isEqualTo("use_stripe_sdk");
    }

    private static NextAction actionOf(String type, ConfirmOptions options) {
        PaymentMethod method = new PaymentMethod("pm_given", Instant.parse("2026-11-01T00:00:00Z"), type, null,
                new BillingDetails(null, null, null, null), Map.of(), "test:AUTHENTICATE_ALWAYS");
        return new AttemptEvents("pi_given", "acct_given", null, method, false, null).requiresAction(options)
                .nextAction();
    }
}
