package io.paymentledger.messages.paymentintent;

/**
 * Every event of a PaymentIntent: each names its intent and the account it belongs to, so that a projection can
 * handle alike the events whose details it does not need.
 */
public sealed interface PaymentIntentEvent
        permits PaymentIntentCreated, PaymentIntentUpdated, PaymentMethodAttached, PaymentMethodDetached,
                PaymentIntentRequiresAction, PaymentIntentAuthenticated, PaymentIntentProcessing,
                PaymentIntentAmountCapturableUpdated, PaymentIntentSucceeded, PaymentIntentPaymentFailed,
                PaymentIntentCanceled, RefundCreated, RefundFailed, RefundUpdated, TransfersPlanned, TransferCreated,
                TransferReversed {

    String paymentIntentId();

    String accountId();
}
