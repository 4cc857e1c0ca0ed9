package io.paymentledger.command.paymentintent;

import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.Currency;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentCreated;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentMethodAttached;
import org.axonframework.deadline.DeadlineManager;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Creates one {@link PaymentIntent} (spec §3.1): checks everything first, so that a refusal creates nothing,
 * then applies the creation, the payment method and, with {@code confirm=true}, the attempt.
 */
final class Creation {

    private final PaymentIntent intent;

    Creation(PaymentIntent intent) {
        this.intent = intent;
    }

    CommandResult create(CreatePaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        Currency currency = MoneyRules.currency(command.currency());
        MoneyRules.checkAmount(command.amount(), currency);
        PaymentIntentDetails details = PaymentIntentPatches.completed(command.details());
        PaymentMethodChoice choice = command.paymentMethod() == null ? null : PaymentMethodChoice.of(
                command.paymentMethod(), command.accountId(), intent.usedPaymentMethods, processor);
        boolean confirming = command.confirm() != null;
        if (confirming && choice == null) {
            throw new PaymentRejectedException(PaymentErrorCode.PARAMETER_MISSING,
                    "You must provide a payment_method when confirm=true.", "payment_method");
        }
        if (!confirming && choice != null) {
            choice.requireUsable();
        }
        apply(new PaymentIntentCreated(command.paymentIntentId(), command.accountId(), command.amount(),
                currency.code(), details, command.clientSecret()));
        if (choice != null && choice.paymentMethod() != null) {
            apply(new PaymentMethodAttached(intent.paymentIntentId, intent.accountId, choice.paymentMethod()));
        }
        if (!confirming) {
            return intent.result(null);
        }
        // A card that cannot even be tokenized is a failed first attempt of the intent just created.
        return intent.attempts().confirm(command.confirm(), choice.cardError(), processor, properties, deadlines);
    }
}
