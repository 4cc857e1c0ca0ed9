package io.paymentledger.command.paymentintent;

import java.util.Map;

import io.paymentledger.command.processor.AuthorizationOutcome;
import io.paymentledger.command.processor.AuthorizationRequest;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.OffSession;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentEvent;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import io.paymentledger.messages.paymentmethod.PaymentMethod;

/**
 * The events that record a confirmation attempt, computed from the intent's values (the intent decides when to
 * attempt and applies them): the request to the processor, the event of its answer, a failure, the customer action
 * an attempt waits for. {@code device} is the terminal of the attempt (docs/api.md §19.3), or null.
 */
record AttemptEvents(String paymentIntentId, String accountId, IntentFields fields, PaymentMethod paymentMethod,
                     boolean authenticated, String device) {

    static final ConfirmOptions ON_SESSION = new ConfirmOptions(null, null, false, false, null);

    /** The same attempt on a terminal. */
    AttemptEvents on(String terminal) {
        return new AttemptEvents(paymentIntentId, accountId, fields, paymentMethod, authenticated, terminal);
    }
    /** The {@code next_action} type of each wallet payment method type. */
    private static final Map<String, String> WALLET_ACTIONS = Map.of("alipay", "alipay_handle_redirect",
            "wechat_pay", "wechat_pay_display_qr_code");

    AuthorizationRequest authorization(ConfirmOptions options, boolean authenticatedNow) {
        boolean offSession = options.offSession() != null && options.offSession() != OffSession.FALSE;
        var cardOptions = fields.details().settings().paymentMethodOptions();
        return new AuthorizationRequest(accountId, paymentIntentId, fields.amount(), fields.currency(), paymentMethod,
                cardOptions == null ? null : cardOptions.requestThreeDSecure(), offSession,
                authenticatedNow || authenticated);
    }

    /** A final or asynchronous answer: authorized (manual capture), succeeded, processing or failed. */
    PaymentIntentEvent answered(AuthorizationOutcome outcome) {
        if (outcome instanceof AuthorizationOutcome.Approved approved
                && fields.details().settings().captureMethod() == CaptureMethod.MANUAL) {
            return new PaymentIntentAmountCapturableUpdated(paymentIntentId, accountId, approved.chargeId(),
                    fields.amount());
        }
        if (outcome instanceof AuthorizationOutcome.Approved approved) {
            return new PaymentIntentSucceeded(paymentIntentId, accountId, approved.chargeId(), fields.amount(), 0);
        }
        if (outcome instanceof AuthorizationOutcome.Processing processing) {
            return new PaymentIntentProcessing(paymentIntentId, accountId, processing.chargeId(), fields.amount(),
                    device);
        }
        if (outcome instanceof AuthorizationOutcome.Declined declined) {
            return failed(declined.chargeId(), declined.error());
        }
        throw new IllegalStateException("A final outcome was expected, got " + outcome);
    }

    PaymentIntentPaymentFailed failed(String chargeId, PaymentError error) {
        return new PaymentIntentPaymentFailed(paymentIntentId, accountId, chargeId,
                new LastPaymentError(error, chargeId, paymentMethod, device));
    }

    /**
     * 3-D Secure: a redirect when the client gave a return URL and does not handle it in Stripe's SDK. A wallet's
     * customer always acts in the wallet: Alipay by a redirect, WeChat Pay by scanning a QR code (docs/api.md §18.2).
     */
    PaymentIntentRequiresAction requiresAction(ConfirmOptions options) {
        String wallet = paymentMethod == null ? null : WALLET_ACTIONS.get(paymentMethod.type());
        boolean redirect = options.returnUrl() != null && !options.useStripeSdk();
        String type = wallet != null ? wallet : redirect ? "redirect_to_url" : "use_stripe_sdk";
        return new PaymentIntentRequiresAction(paymentIntentId, accountId, new NextAction(type, options.returnUrl()));
    }
}
