package io.paymentledger.command.paymentintent;

import io.paymentledger.messages.paymentintent.CancelPaymentIntent;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CapturePaymentIntent;
import io.paymentledger.messages.paymentintent.CompletePaymentIntentAuthentication;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.OffSession;
import io.paymentledger.messages.paymentintent.PaymentIntentDetails;
import io.paymentledger.messages.paymentintent.PaymentIntentPatch;
import io.paymentledger.messages.paymentintent.SettlePaymentIntent;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;

import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ACCOUNT;
import static io.paymentledger.command.paymentintent.PaymentIntentEvents.ID;

/** Test data: commands for intent {@link PaymentIntentEvents#ID} of its account. */
final class PaymentIntentCommands {

    static final ConfirmOptions ON_SESSION = new ConfirmOptions(null, null, false, false, null);
    static final ConfirmOptions OFF_SESSION = new ConfirmOptions(null, OffSession.TRUE, false, false, null);

    private PaymentIntentCommands() {
    }

    static CreatePaymentIntent create(long amount, String currency) {
        return create(amount, currency, PaymentIntentEvents.details(), null, null);
    }

    static CreatePaymentIntent create(long amount, String currency, PaymentIntentDetails details,
                                      PaymentMethodInput paymentMethod, ConfirmOptions confirm) {
        return new CreatePaymentIntent(ID, ACCOUNT, amount, currency, details, ID + "_secret_test", paymentMethod,
                confirm, null);
    }

    /** A test id such as {@code pm_card_visa}, resolved as the gateway's vault does it. */
    static PaymentMethodInput paymentMethodId(String id) {
        return TestPaymentMethods.byTestId(id);
    }

    static UpdatePaymentIntent update(PaymentIntentPatch patch) {
        return update(ACCOUNT, patch);
    }

    static UpdatePaymentIntent update(String accountId, PaymentIntentPatch patch) {
        return new UpdatePaymentIntent(ID, accountId, patch);
    }

    static ConfirmPaymentIntent confirm() {
        return new ConfirmPaymentIntent(ID, ACCOUNT, null, ON_SESSION);
    }

    static ConfirmPaymentIntent confirm(PaymentIntentPatch patch, ConfirmOptions options) {
        return new ConfirmPaymentIntent(ID, ACCOUNT, patch, options);
    }

    static ConfirmPaymentIntent confirmWith(String paymentMethodId) {
        return confirm(Patch.of().paymentMethod(paymentMethodId).build(), ON_SESSION);
    }

    static CapturePaymentIntent capture(Long amountToCapture) {
        return new CapturePaymentIntent(ID, ACCOUNT, amountToCapture, null);
    }

    static CancelPaymentIntent cancel() {
        return new CancelPaymentIntent(ID, ACCOUNT, CancellationReason.REQUESTED_BY_CUSTOMER);
    }

    static CompletePaymentIntentAuthentication authenticate(boolean succeeded) {
        return new CompletePaymentIntentAuthentication(ID, ACCOUNT, succeeded);
    }

    static SettlePaymentIntent settle() {
        return new SettlePaymentIntent(ID, ACCOUNT);
    }
}
