package io.paymentledger.gateway.paymentintent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.ParamErrors;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.PaymentIntentView;

/**
 * A publishable key reaches an intent only with the intent's {@code client_secret}, as on Stripe; secret and
 * restricted keys need none. The secret is compared in constant time.
 */
final class ClientSecrets {

    private ClientSecrets() {
    }

    static void check(Caller caller, String given, PaymentIntentView intent) {
        if (!caller.publishable()) {
            return;
        }
        if (given == null || given.isEmpty()) {
            throw ParamErrors.missing("client_secret");
        }
        byte[] expected = intent.clientSecret() == null ? new byte[0]
                : intent.clientSecret().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The client_secret provided does not match "
                    + "the client_secret associated with the PaymentIntent.", "client_secret");
        }
    }
}
