package io.paymentledger.command.paymentintent;

import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.AuthorizationOutcome;
import io.paymentledger.command.processor.AuthorizationRequest;
import io.paymentledger.command.processor.CardErrors;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.command.processor.SettlementRequest;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.CancellationReason;
import io.paymentledger.messages.paymentintent.CaptureMethod;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ConfirmOptions;
import io.paymentledger.messages.paymentintent.ConfirmationMethod;
import io.paymentledger.messages.paymentintent.LastPaymentError;
import io.paymentledger.messages.paymentintent.NextAction;
import io.paymentledger.messages.paymentintent.OffSession;
import io.paymentledger.messages.paymentintent.PaymentIntentAmountCapturableUpdated;
import io.paymentledger.messages.paymentintent.PaymentIntentAuthenticated;
import io.paymentledger.messages.paymentintent.PaymentIntentCanceled;
import io.paymentledger.messages.paymentintent.PaymentIntentPaymentFailed;
import io.paymentledger.messages.paymentintent.PaymentIntentProcessing;
import io.paymentledger.messages.paymentintent.PaymentIntentRequiresAction;
import io.paymentledger.messages.paymentintent.PaymentIntentSucceeded;
import org.axonframework.deadline.DeadlineManager;

import java.time.Duration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Confirmation attempts of one {@link PaymentIntent} (spec §4.2, §4.4, §5): asks the processor and applies the
 * outcome. It reads the intent's state and never assigns it; the intent's event sourcing handlers do.
 */
final class Attempts {

    /** Stripe cancels an uncaptured authorization seven days after the intent was created (spec §4.5). */
    static final Duration AUTHORIZATION_VALIDITY = Duration.ofDays(7);

    private static final PaymentError AUTHENTICATION_FAILURE = new PaymentError(
            PaymentErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE, null,
            "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new"
                    + " PaymentMethod to attempt to fulfill this PaymentIntent again.", null);

    private final PaymentIntent intent;

    Attempts(PaymentIntent intent) {
        this.intent = intent;
    }

    /** Runs one attempt; {@code cardError} is the error of card data that could not even be tokenized. */
    CommandResult confirm(ConfirmOptions options, PaymentError cardError, PaymentProcessor processor,
                          PaymentsProperties properties, DeadlineManager deadlines) {
        if (intent.attempts >= properties.confirmationLimit()) {
            apply(new PaymentIntentCanceled(intent.paymentIntentId, intent.accountId, CancellationReason.AUTOMATIC, 0));
            return intent.result(null);
        }
        if (cardError != null) {
            return fail(null, cardError);
        }
        ConfirmOptions given = options == null ? new ConfirmOptions(null, null, false, false) : options;
        AuthorizationOutcome outcome = processor.authorize(request(isOffSession(given.offSession()), false));
        if (outcome instanceof AuthorizationOutcome.RequiresAction) {
            if (given.errorOnRequiresAction()) {
                return fail(null, CardErrors.authenticationRequired());
            }
            boolean redirect = given.returnUrl() != null && !given.useStripeSdk();
            apply(new PaymentIntentRequiresAction(intent.paymentIntentId, intent.accountId,
                    new NextAction(redirect ? "redirect_to_url" : "use_stripe_sdk", given.returnUrl())));
            return intent.result(null);
        }
        return conclude(outcome, properties, deadlines);
    }

    /** The customer's 3-D Secure result for the attempt waiting in {@code requires_action}. */
    CommandResult completeAuthentication(boolean succeeded, PaymentProcessor processor,
                                         PaymentsProperties properties, DeadlineManager deadlines) {
        if (!succeeded) {
            return fail(null, AUTHENTICATION_FAILURE);
        }
        if (intent.details.confirmationMethod() == ConfirmationMethod.MANUAL) {
            apply(new PaymentIntentAuthenticated(intent.paymentIntentId, intent.accountId));
            return intent.result(null);
        }
        return conclude(processor.authorize(request(false, true)), properties, deadlines);
    }

    /** Applies a final or asynchronous outcome; an authorization for manual capture starts the 7-day clock. */
    CommandResult conclude(AuthorizationOutcome outcome, PaymentsProperties properties, DeadlineManager deadlines) {
        if (outcome instanceof AuthorizationOutcome.Approved approved) {
            if (intent.details.captureMethod() == CaptureMethod.MANUAL) {
                apply(new PaymentIntentAmountCapturableUpdated(intent.paymentIntentId, intent.accountId,
                        approved.chargeId(), intent.amount));
                deadlines.schedule(intent.created.plus(AUTHORIZATION_VALIDITY), PaymentIntent.AUTO_CANCEL_DEADLINE,
                        intent.paymentIntentId);
            } else {
                apply(new PaymentIntentSucceeded(intent.paymentIntentId, intent.accountId, approved.chargeId(),
                        intent.amount, 0));
            }
            return intent.result(null);
        }
        if (outcome instanceof AuthorizationOutcome.Processing processing) {
            apply(new PaymentIntentProcessing(intent.paymentIntentId, intent.accountId, processing.chargeId(),
                    intent.amount));
            deadlines.schedule(properties.settlementDelay(), PaymentIntent.SETTLEMENT_DEADLINE, intent.paymentIntentId);
            return intent.result(null);
        }
        if (outcome instanceof AuthorizationOutcome.Declined declined) {
            return fail(declined.chargeId(), declined.error());
        }
        throw new IllegalStateException("A final outcome was expected, got " + outcome);
    }

    /** Ends the pending asynchronous attempt, from the test helper or the settlement deadline. */
    CommandResult settle(PaymentProcessor processor, PaymentsProperties properties, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(PaymentIntent.SETTLEMENT_DEADLINE);
        return conclude(processor.settle(new SettlementRequest(intent.accountId, intent.paymentIntentId,
                intent.latestChargeId, intent.paymentMethod)), properties, deadlines);
    }

    private CommandResult fail(String chargeId, PaymentError error) {
        apply(new PaymentIntentPaymentFailed(intent.paymentIntentId, intent.accountId, chargeId,
                new LastPaymentError(error, chargeId, intent.paymentMethod)));
        return intent.result(error);
    }

    private AuthorizationRequest request(boolean offSession, boolean authenticated) {
        String threeDSecure = intent.details.paymentMethodOptions() == null ? null
                : intent.details.paymentMethodOptions().requestThreeDSecure();
        return new AuthorizationRequest(intent.accountId, intent.paymentIntentId, intent.amount, intent.currency,
                intent.paymentMethod, threeDSecure, offSession, authenticated || intent.authenticated);
    }

    private static boolean isOffSession(OffSession offSession) {
        return offSession != null && offSession != OffSession.FALSE;
    }
}
