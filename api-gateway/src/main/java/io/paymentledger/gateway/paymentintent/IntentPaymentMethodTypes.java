package io.paymentledger.gateway.paymentintent;

import java.util.List;
import java.util.Optional;

import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentintent.PaymentSettings;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import org.springframework.stereotype.Component;

/**
 * Stripe's rule that an intent pays only with a payment method of one of its {@code payment_method_types}
 * (docs/api.md §18.2): a wallet payment method on an intent of cards only, or a card on an Alipay intent, is refused
 * with {@code payment_intent_incompatible_payment_method} before any command is sent. On create the types are the
 * request's (cards when none are given); on update and confirm the request's, else the intent's.
 */
@Component
class IntentPaymentMethodTypes {

    private static final List<String> CARDS_ONLY = List.of("card");

    private final PaymentIntentQueries queries;

    IntentPaymentMethodTypes(PaymentIntentQueries queries) {
        this.queries = queries;
    }

    void check(String accountId, Object command) {
        if (command instanceof CreatePaymentIntent create) {
            require(paymentMethod(create.paymentMethod()), create.details() == null ? null
                    : types(create.details().settings()));
        } else if (command instanceof UpdatePaymentIntent update) {
            checkPatch(accountId, update.paymentIntentId(), update.patch());
        } else if (command instanceof ConfirmPaymentIntent confirm) {
            checkPatch(accountId, confirm.paymentIntentId(), confirm.patch());
        }
    }

    private void checkPatch(String accountId, String intentId, PaymentIntentPatch patch) {
        PaymentMethod given = patch == null ? null : paymentMethod(patch.paymentMethod());
        if (given == null) {
            return;
        }
        List<String> types = types(patch.settings());
        if (types == null) {
            Optional<PaymentIntentView> intent = queries.find(new FindPaymentIntent(accountId, intentId),
                    PaymentIntentView.class);
            if (intent.isEmpty()) {
                return; // the command answers 404
            }
            types = intent.get().details() == null ? null : types(intent.get().details().settings());
        }
        require(given, types);
    }

    private static void require(PaymentMethod paymentMethod, List<String> allowed) {
        if (paymentMethod == null) {
            return;
        }
        List<String> types = allowed == null ? CARDS_ONLY : allowed;
        String type = paymentMethod.type() == null ? "card" : paymentMethod.type();
        if (!types.contains(type)) {
            throw new ApiException(PaymentErrorCode.PAYMENT_INTENT_INCOMPATIBLE_PAYMENT_METHOD, "The PaymentMethod "
                    + "provided (" + type + ") is not allowed for this PaymentIntent. Please attach a PaymentMethod of "
                    + "one of the following types: " + String.join(", ", types) + ". Alternatively, update the "
                    + "allowed payment_method_types for this PaymentIntent to include \"" + type + "\".",
                    "payment_method");
        }
    }

    private static List<String> types(PaymentSettings settings) {
        return settings == null ? null : settings.paymentMethodTypes();
    }

    private static PaymentMethod paymentMethod(PaymentMethodInput input) {
        return input == null ? null : input.paymentMethod();
    }
}
