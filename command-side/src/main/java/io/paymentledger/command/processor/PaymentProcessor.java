package io.paymentledger.command.processor;

import io.paymentledger.messages.paymentintent.RefundStatus;
import io.paymentledger.messages.paymentmethod.PaymentMethod;


/**
 * The port to the acquirer. It charges payment methods the gateway already tokenized: a payment method's
 * {@code processorReference} is the acquirer's handle on the card, so the command side never holds a card number.
 */
public interface PaymentProcessor {

    AuthorizationOutcome authorize(AuthorizationRequest request);

    /** Ends an asynchronous attempt: {@code Approved} or {@code Declined}, never pending again. */
    AuthorizationOutcome settle(SettlementRequest request);

    /** Sends a refund to the card: {@code SUCCEEDED} at once, or {@code PENDING} until {@link #settleRefund}. */
    RefundStatus refund(PaymentMethod paymentMethod, long amount);

    /** Ends a pending refund: null when it succeeded, else Stripe's {@code failure_reason}. */
    String settleRefund(PaymentMethod paymentMethod);
}
