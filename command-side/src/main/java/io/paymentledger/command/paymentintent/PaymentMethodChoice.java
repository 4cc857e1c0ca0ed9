package io.paymentledger.command.paymentintent;

import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.Tokenization;
import io.paymentledger.messages.error.ErrorType;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import java.util.Map;

/**
 * The payment method a request names, or the card error that makes it unusable. A card error is not thrown,
 * because during a confirmation it is a failed attempt that is stored.
 */
record PaymentMethodChoice(PaymentMethod paymentMethod, PaymentError cardError) {

    /**
     * An existing {@code pm_} id must be one this intent has used (payment methods belong to the intent until a
     * PaymentMethods API exists); test ids become new payment methods; card data is tokenized.
     */
    static PaymentMethodChoice of(PaymentMethodInput input, String accountId, Map<String, PaymentMethod> used,
                                  PaymentProcessor processor) {
        String id = input.paymentMethodId();
        if (id != null) {
            PaymentMethod known = used.get(id);
            if (known != null) {
                return new PaymentMethodChoice(known, null);
            }
            return processor.resolve(accountId, id).map(pm -> new PaymentMethodChoice(pm, null))
                    .orElseThrow(() -> new PaymentRejectedException(PaymentErrorCode.RESOURCE_MISSING,
                            "No such PaymentMethod: '" + id + "'", "payment_method"));
        }
        Tokenization tokenization = processor.tokenize(accountId, input);
        if (tokenization instanceof Tokenization.Tokenized tokenized) {
            return new PaymentMethodChoice(tokenized.paymentMethod(), null);
        }
        PaymentError error = ((Tokenization.Rejected) tokenization).error();
        if (error.code().type() != ErrorType.CARD_ERROR) {
            throw new PaymentRejectedException(error);
        }
        return new PaymentMethodChoice(null, error);
    }

    /** Outside a confirmation an unusable card refuses the whole command. */
    PaymentMethodChoice requireUsable() {
        if (cardError != null) {
            throw new PaymentRejectedException(cardError);
        }
        return this;
    }
}
