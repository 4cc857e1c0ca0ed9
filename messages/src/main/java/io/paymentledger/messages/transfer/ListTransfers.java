package io.paymentledger.messages.transfer;

import io.paymentledger.messages.paymentintent.CreatedRange;

/**
 * The transfers the account paid, newest first; null filters match everything. {@code transferGroup} as the
 * Transfer object shows it ({@link TransferGroups}). Answered with {@link TransferPage}.
 */
public record ListTransfers(String accountId, String destination, String transferGroup, CreatedRange created,
                            int limit, String startingAfter, String endingBefore) {
}
