package io.paymentledger.query.balance;

import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

/** What the balances model keeps of one intent (table balance_intent) to turn events into differences. */
record TrackedIntent(String paymentIntentId, String accountId, String currency, PaymentIntentStatus status,
                     long amountCapturable, long version) {
}
