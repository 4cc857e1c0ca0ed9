package io.paymentledger.messages.paymentintent;

import java.util.List;

/** The transfers an intent was created with; they are made when it succeeds (docs/api.md §19.4). */
public record TransfersPlanned(String paymentIntentId, String accountId, List<TransferPlan> transfers)
        implements PaymentIntentEvent {
}
