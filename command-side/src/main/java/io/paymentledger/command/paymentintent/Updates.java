package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.PatchField;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentStatus;
import io.paymentledger.messages.paymentintent.PaymentIntentUpdated;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import io.paymentledger.messages.paymentintent.PaymentMethodDetached;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Applies a patch to one {@link PaymentIntent} (update, and the values given with confirm or capture). It reads
 * the intent's state and never assigns it.
 */
final class Updates {

    private final PaymentIntent intent;

    Updates(PaymentIntent intent) {
        this.intent = intent;
    }

    /**
     * Emits what the patch changes: {@code PaymentIntentUpdated} with the complete new fields, then
     * {@code PaymentMethodAttached}/{@code Detached}; nothing when nothing changes. Returns the card error of new
     * card data that cannot be used, which refuses an update but is a failed attempt when confirming. Everything
     * is checked before anything is applied, so a refusal leaves no event behind.
     */
    PaymentError patch(PaymentIntentPatch patch, PaymentProcessor processor, boolean confirming) {
        PatchedIntent before = new PatchedIntent(intent.amount, intent.currency, intent.details);
        PatchedIntent after = PaymentIntentPatches.apply(before, patch);
        PaymentMethodChoice choice = patch.paymentMethod() == null ? null : PaymentMethodChoice.of(
                patch.paymentMethod(), intent.accountId, intent.usedPaymentMethods, processor);
        if (choice != null && !confirming) {
            choice.requireUsable();
        }
        if (!before.equals(after)) {
            // A change of money fields abandons a pending authentication (spec §4.1, requires_action row).
            boolean abandonsAuthentication = intent.status == PaymentIntentStatus.REQUIRES_ACTION
                    && PaymentIntentPatches.moneyFieldsDiffer(before, after);
            apply(new PaymentIntentUpdated(intent.paymentIntentId, intent.accountId, after.amount(),
                    after.currency(), after.details(),
                    abandonsAuthentication ? PaymentIntentStatus.REQUIRES_CONFIRMATION : intent.status));
        }
        PaymentMethod chosen = choice == null ? null : choice.paymentMethod();
        if (chosen != null && !chosen.equals(intent.paymentMethod)) {
            apply(new PaymentMethodAttached(intent.paymentIntentId, intent.accountId, chosen));
        } else if (choice == null && intent.paymentMethod != null
                && PaymentIntentPatches.unsets(patch, PatchField.PAYMENT_METHOD)) {
            apply(new PaymentMethodDetached(intent.paymentIntentId, intent.accountId));
        }
        return choice == null ? null : choice.cardError();
    }
}
