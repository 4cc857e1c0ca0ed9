package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentDetails;

/** The money and descriptive fields of an intent, before or after a patch; a value, compared by {@code equals}. */
record IntentFields(long amount, String currency, PaymentIntentDetails details) {
}
