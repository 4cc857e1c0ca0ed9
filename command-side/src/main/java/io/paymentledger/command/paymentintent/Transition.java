package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.PaymentIntentStatus;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;

/**
 * The state table of docs/api.md §4.1, by column: from which statuses each operation may run. Where it leads is
 * decided by {@link PaymentIntent}; every other status refuses with {@code payment_intent_unexpected_state}.
 *
 * <pre>
 * command                         allowed from
 * update (money fields)           requires_payment_method, requires_confirmation, requires_action
 * update (description, metadata)  any status
 * confirm                         requires_payment_method, requires_confirmation, requires_action
 * 3-D Secure result               requires_action
 * settle (§5.3: helper, deadline) processing
 * capture                         requires_capture
 * cancel                          requires_payment_method, requires_confirmation, requires_action, processing,
 *                                 requires_capture
 * auto-cancel (7-day deadline)    requires_capture
 * </pre>
 */
enum Transition {

    UPDATE_MONEY_FIELDS(StatusMessages::update, REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_ACTION),
    CONFIRM(StatusMessages::confirm, REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_ACTION),
    AUTHENTICATE(StatusMessages::authenticate, REQUIRES_ACTION),
    SETTLE(StatusMessages::settle, PROCESSING),
    CAPTURE(StatusMessages::capture, REQUIRES_CAPTURE),
    CANCEL(StatusMessages::cancel, REQUIRES_PAYMENT_METHOD, REQUIRES_CONFIRMATION, REQUIRES_ACTION, PROCESSING,
            REQUIRES_CAPTURE),
    AUTO_CANCEL(StatusMessages::cancel, REQUIRES_CAPTURE);

    private final Function<PaymentIntentStatus, String> refusal;
    private final Set<PaymentIntentStatus> from;

    Transition(Function<PaymentIntentStatus, String> refusal, PaymentIntentStatus first, PaymentIntentStatus... rest) {
        this.refusal = refusal;
        this.from = EnumSet.of(first, rest);
    }

    boolean allowedFrom(PaymentIntentStatus status) {
        return from.contains(status);
    }

    void requireFrom(PaymentIntentStatus status) {
        if (!allowedFrom(status)) {
            throw PaymentRejectedException.unexpectedState(refusal.apply(status));
        }
    }
}
