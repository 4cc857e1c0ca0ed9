package io.paymentledger.gateway.paymentintent;

import io.paymentledger.gateway.web.Expansions;

import java.time.Instant;

/** {@code GET /v1/payment_intents/{id}}: the expansions and, for the audit view, {@code as_of} (null for now). */
record PaymentIntentRetrieveParams(Expansions expansions, Instant asOf) {
}
