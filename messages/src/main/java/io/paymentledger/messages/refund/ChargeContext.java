package io.paymentledger.messages.refund;

import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.paymentmethod.BillingDetails;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

import java.util.Map;
import java.util.Objects;

/**
 * What a charge shows of its intent and payment method: the intent's customer, description and metadata and the
 * charged method's billing details and type ({@code card}, {@code alipay}, {@code wechat_pay}; null when the method
 * is no longer known, and in contexts stored before the type was kept). Taken from the intent's view when a charge
 * is read, by {@link #of}, wherever the charge is rendered.
 */
public record ChargeContext(String customer, String description, Map<String, String> metadata,
                            BillingDetails billingDetails, String paymentMethodType) {

    public static final ChargeContext NONE = new ChargeContext(null, null, Map.of(), null, null);

    /** The context of the intent's charge made with {@code paymentMethodId}. */
    public static ChargeContext of(PaymentIntentView intent, String paymentMethodId) {
        if (intent == null) {
            return NONE;
        }
        PaymentIntentDetails details = intent.details();
        PaymentMethod method = paymentMethodOf(intent, paymentMethodId);
        return new ChargeContext(details == null ? null : details.references().customer(),
                details == null ? null : details.descriptors().description(),
                details == null || details.metadata() == null ? Map.of() : Map.copyOf(details.metadata()),
                method == null ? null : method.billingDetails(), method == null ? null : method.type());
    }

    /** The charged method is the intent's current one, or, after a decline, the one in its last error. */
    static PaymentMethod paymentMethodOf(PaymentIntentView intent, String paymentMethodId) {
        if (paymentMethodId == null) {
            return null;
        }
        if (intent.paymentMethod() != null && Objects.equals(intent.paymentMethod().id(), paymentMethodId)) {
            return intent.paymentMethod();
        }
        if (intent.lastPaymentError() != null && intent.lastPaymentError().paymentMethod() != null
                && Objects.equals(intent.lastPaymentError().paymentMethod().id(), paymentMethodId)) {
            return intent.lastPaymentError().paymentMethod();
        }
        return null;
    }
}
