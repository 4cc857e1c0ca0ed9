package io.paymentledger.gateway.webhook;

import java.nio.charset.StandardCharsets;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Stripe-Signature header is what stripe-java's verification accepts, and only for the exact body. */
class WebhookSignerTest {

    private static final String SECRET = "whsec_0123456789abcdefghijklmnopqrstuv";
    private static final String BODY = "{\"id\":\"evt_1\",\"object\":\"event\",\"amount\":\"€5\"}";

    @Test
    void signsSoThatStripeJavaAcceptsTheBody() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = WebhookSigner.header(SECRET, now, BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(header).startsWith("t=" + now + ",v1=");
        assertThat(Webhook.Signature.verifyHeader(BODY, header, SECRET, 300)).isTrue();
    }

    @Test
    void aChangedBodyOrAnotherSecretFailsVerification() {
        long now = System.currentTimeMillis() / 1000;
        String header = WebhookSigner.header(SECRET, now, BODY.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Webhook.Signature.verifyHeader(BODY + " ", header, SECRET, 300))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> Webhook.Signature.verifyHeader(BODY, header, SECRET + "x", 300))
                .isInstanceOf(SignatureVerificationException.class);
    }
}
