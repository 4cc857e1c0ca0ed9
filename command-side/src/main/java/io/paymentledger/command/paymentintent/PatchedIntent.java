package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentDetails;

/** The money and descriptive fields of an intent, before or after a patch. */
record PatchedIntent(long amount, String currency, PaymentIntentDetails details) {
}
