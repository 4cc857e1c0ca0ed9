package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.Expansions;

import java.time.Instant;

/**
 * {@code GET /v1/payment_intents/{id}}: the expansions, for the audit view {@code as_of} (null for now), and the
 * {@code client_secret} a publishable key must give.
 */
record PaymentIntentRetrieveParams(Expansions expansions, Instant asOf, String clientSecret) {
}
