package io.paymentledger.messages.paymentintent;

/** The intent was canceled; {@code amountReleased} is the authorization hold given back (0 when none). */
public record PaymentIntentCanceled(String paymentIntentId, String accountId, CancellationReason cancellationReason,
                                    long amountReleased)
        implements PaymentIntentEvent {
}
