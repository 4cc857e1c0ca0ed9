package io.paymentledger.gateway.wire;

import java.time.Instant;

/** {@code GET /v1/payment_intents/{id}}: the expansions and, for the audit view, {@code as_of} (null for now). */
public record RetrieveParams(Expansions expansions, Instant asOf) {
}
