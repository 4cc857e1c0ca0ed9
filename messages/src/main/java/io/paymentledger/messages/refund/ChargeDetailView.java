package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.CardDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.time.Instant;
import java.util.List;

/**
 * A charge as the charges read model holds it, with its refunds (newest first). {@code status} is {@code pending},
 * {@code succeeded} or {@code failed}; {@code card} is the card charged, null when none is known; {@code context}
 * comes from the intent's view when the charge is read (null in the read model's rows).
 */
public record ChargeDetailView(String id, String accountId, String paymentIntentId, long amount, long amountCaptured,
                               long amountRefunded, boolean captured, String currency, String status,
                               String failureCode, String failureMessage, String declineCode,
                               String paymentMethodId, CardDetails card, Instant created, long version,
                               List<RefundView> refunds, ChargeContext context) {

    /**
     * Stripe's {@code refunded}: all that was captured went back, or, for a charge never captured, the canceled
     * authorization was released.
     */
    public boolean refunded() {
        long refundable = captured ? amountCaptured : amount;
        return amountRefunded > 0 && amountRefunded >= refundable;
    }

    /**
     * The intent's latest charge as a charge of its own, without refunds; null when the intent has none. The
     * intent's {@code latest_charge} and the charge events use it; the charges read model folds the same events to
     * the same amounts and takes the same {@link ChargeContext}, so {@code /v1/charges} shows the same charge.
     */
    public static ChargeDetailView latestOf(PaymentIntentView intent) {
        ChargeView c = intent == null ? null : intent.latestCharge();
        if (c == null) {
            return null;
        }
        PaymentMethod method = ChargeContext.paymentMethodOf(intent, c.paymentMethodId());
        return new ChargeDetailView(c.id(), intent.accountId(), intent.id(), c.amount(), c.amountCaptured(),
                c.amountRefunded(), c.captured(), c.currency(), c.status(), c.failureCode(), c.failureMessage(),
                c.declineCode(), c.paymentMethodId(), method == null ? null : method.card(), c.created(),
                intent.version(), List.of(), ChargeContext.of(intent, c.paymentMethodId()));
    }

    /** The same charge with {@code refunds}. */
    public ChargeDetailView withRefunds(List<RefundView> refunds) {
        return new ChargeDetailView(id, accountId, paymentIntentId, amount, amountCaptured, amountRefunded, captured,
                currency, status, failureCode, failureMessage, declineCode, paymentMethodId, card, created, version,
                List.copyOf(refunds), context);
    }

    /** The same charge with what it shows of {@code intent}, its intent. */
    public ChargeDetailView withContextOf(PaymentIntentView intent) {
        return new ChargeDetailView(id, accountId, paymentIntentId, amount, amountCaptured, amountRefunded, captured,
                currency, status, failureCode, failureMessage, declineCode, paymentMethodId, card, created, version,
                refunds, ChargeContext.of(intent, paymentMethodId));
    }
}
