package io.paymentledger.messages.paymentintent;

import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;

/** Everything the API shows of an intent. {@code version} is the sequence number of its latest event. */
public record PaymentIntentView(String id, String accountId, long version, Instant created, long amount,
                                String currency, PaymentIntentStatus status, long amountCapturable,
                                long amountReceived, String clientSecret, PaymentIntentDetails details,
                                PaymentMethod paymentMethod, ChargeView latestCharge,
                                LastPaymentError lastPaymentError, NextAction nextAction, Instant canceledAt,
                                CancellationReason cancellationReason) {
}
