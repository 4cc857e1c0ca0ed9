package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentView;

/** A view with its place in the newest-first order, from which the next page's cursor is made. */
record PositionedView(PaymentIntentView view, IntentPosition position) {
}
