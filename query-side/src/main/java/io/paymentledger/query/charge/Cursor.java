package io.paymentledger.query.charge;

import java.time.Instant;

/** A list position: the created time and id of the row a page starts after or ends before. */
public record Cursor(Instant created, String id) {
}
