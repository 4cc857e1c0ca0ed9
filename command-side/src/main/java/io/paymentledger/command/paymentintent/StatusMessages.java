package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

/** Stripe-like messages of {@code payment_intent_unexpected_state} refusals (docs/api.md §4.1); not normative. */
final class StatusMessages {

    private StatusMessages() {
    }

    static String update(PaymentIntentStatus status) {
        return "This PaymentIntent's amount, currency or payment method could not be updated because it has a status"
                + " of " + status.wireName() + ". You may only update these fields of a PaymentIntent with one of the"
                + " following statuses: requires_payment_method, requires_confirmation, requires_action.";
    }

    static String confirm(PaymentIntentStatus status) {
        if (status == PaymentIntentStatus.SUCCEEDED) {
            return "This PaymentIntent has already succeeded after being previously confirmed. It cannot be confirmed"
                    + " again.";
        }
        return "This PaymentIntent's status is " + status.wireName() + ". Only a PaymentIntent with one of the"
                + " following statuses may be confirmed: requires_payment_method, requires_confirmation,"
                + " requires_action.";
    }

    static String confirmWithoutPaymentMethod() {
        return "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update"
                + " the PaymentIntent with a payment method and then confirm it again, or confirm it again directly"
                + " with a payment method.";
    }

    static String capture(PaymentIntentStatus status) {
        if (status == PaymentIntentStatus.SUCCEEDED) {
            return "This PaymentIntent could not be captured because it has already been captured.";
        }
        return "This PaymentIntent could not be captured because it has a status of " + status.wireName()
                + ". Only a PaymentIntent with one of the following statuses may be captured: requires_capture.";
    }

    static String cancel(PaymentIntentStatus status) {
        return "You cannot cancel this PaymentIntent because it has a status of " + status.wireName() + ". Only a"
                + " PaymentIntent with one of the following statuses may be canceled: requires_payment_method,"
                + " requires_capture, requires_confirmation, requires_action, processing.";
    }

    static String authenticate(PaymentIntentStatus status) {
        return "This PaymentIntent is not awaiting authentication because it has a status of " + status.wireName()
                + ".";
    }

    static String settle(PaymentIntentStatus status) {
        return "This PaymentIntent cannot be settled because it has a status of " + status.wireName()
                + ". Only a PaymentIntent with the status processing may be settled.";
    }
}
