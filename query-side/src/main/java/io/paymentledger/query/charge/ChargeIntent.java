package io.paymentledger.query.charge;

import io.paymentledger.messages.paymentmethod.CardDetails;

/** What the charges read model keeps of an intent to fill in its next charge: amount, currency, card. */
record ChargeIntent(String paymentIntentId, String accountId, long amount, String currency, String paymentMethodId,
                    CardDetails card, long version) {

    ChargeIntent withVersion(long sequence) {
        return new ChargeIntent(paymentIntentId, accountId, amount, currency, paymentMethodId, card, sequence);
    }
}
