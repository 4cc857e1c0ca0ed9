package io.paymentledger.messages.paymentintent;

import java.time.Instant;

/** A transfer as the API shows it (docs/api.md §19.4), e.g. as the object of {@code transfer.created}. */
public record TransferView(String id, String accountId, String destination, long amount, long amountReversed,
                           String currency, String paymentIntentId, String chargeId, Instant created) {
}
