package io.paymentledger.query.paymentintent;

import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;

/** A mutable copy of a {@link PaymentIntentView}, so the fold can change a few of its seventeen fields at a time. */
final class PaymentIntentDraft {

    String id;
    String accountId;
    long version;
    Instant created;
    long amount;
    String currency;
    PaymentIntentStatus status;
    long amountCapturable;
    long amountReceived;
    String clientSecret;
    PaymentIntentDetails details;
    PaymentMethod paymentMethod;
    ChargeView latestCharge;
    LastPaymentError lastPaymentError;
    NextAction nextAction;
    Instant canceledAt;
    CancellationReason cancellationReason;

    static PaymentIntentDraft of(PaymentIntentView view) {
        PaymentIntentDraft draft = new PaymentIntentDraft();
        draft.id = view.id();
        draft.accountId = view.accountId();
        draft.version = view.version();
        draft.created = view.created();
        draft.amount = view.amount();
        draft.currency = view.currency();
        draft.status = view.status();
        draft.amountCapturable = view.amountCapturable();
        draft.amountReceived = view.amountReceived();
        draft.clientSecret = view.clientSecret();
        draft.details = view.details();
        draft.paymentMethod = view.paymentMethod();
        draft.latestCharge = view.latestCharge();
        draft.lastPaymentError = view.lastPaymentError();
        draft.nextAction = view.nextAction();
        draft.canceledAt = view.canceledAt();
        draft.cancellationReason = view.cancellationReason();
        return draft;
    }

    PaymentIntentView toView() {
        return new PaymentIntentView(id, accountId, version, created, amount, currency, status, amountCapturable,
                amountReceived, clientSecret, details, paymentMethod, latestCharge, lastPaymentError, nextAction,
                canceledAt, cancellationReason);
    }

    String paymentMethodId() {
        return paymentMethod == null ? null : paymentMethod.id();
    }
}
