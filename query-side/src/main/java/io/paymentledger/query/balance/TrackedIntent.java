package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

/** One intent's contribution to its account's balances (table balance_intent). */
record TrackedIntent(String paymentIntentId, String accountId, String currency, PaymentIntentStatus status,
                     long amountCapturable, long amountCaptured, long amountReleased, long amountRefunded,
                     long version) {
}
