package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.PaymentProcessor;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.*;
import io.paymentledger.messages.paymentmethod.PaymentMethod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A Stripe PaymentIntent (spec §4). This class holds the state and the status rules; patches are applied by
 * {@link Updates}, creation runs in {@link Creation} and confirmation attempts in {@link Attempts}. Fields are visible to Jackson because
 * snapshots of this aggregate are serialized with it.
 */
@Aggregate(snapshotTriggerDefinition = "paymentIntentSnapshotTrigger", cache = "paymentIntentCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PaymentIntent {

    static final String AUTO_CANCEL_DEADLINE = "payment-intent-auto-cancel";
    static final String SETTLEMENT_DEADLINE = "payment-intent-settlement";

    // Package-private so that the helpers (Creation, Updates, Attempts) can read, never assign, this state.
    @AggregateIdentifier
    String paymentIntentId;
    String accountId;
    PaymentIntentStatus status;
    long amount;
    String currency;
    PaymentIntentDetails details;
    PaymentMethod paymentMethod;
    Map<String, PaymentMethod> usedPaymentMethods = new HashMap<>();
    long amountCapturable;
    long amountReceived;
    String latestChargeId;
    Instant created;
    int attempts;
    boolean authenticated;

    protected PaymentIntent() {
        // Axon creates an empty instance, then replays events or runs the creating command on it.
    }

    // A creating method rather than a constructor: a constructor handler answers the aggregate id, and callers
    // need the CommandResult (version, decline of a confirm=true attempt).
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    CommandResult handle(CreatePaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        return new Creation(this).create(command, processor, properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(UpdatePaymentIntent command, PaymentProcessor processor) {
        requireAccount(command.accountId());
        PaymentIntentPatch patch = command.patch() == null ? PaymentIntentPatches.EMPTY : command.patch();
        if (PaymentIntentPatches.touchesMoneyFields(patch) && !isBeforeAttemptSettles()) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.update(status));
        }
        new Updates(this).patch(patch, processor, false);
        return result(null);
    }

    @CommandHandler
    CommandResult handle(ConfirmPaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (!isBeforeAttemptSettles()) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.confirm(status));
        }
        PaymentIntentPatch patch = command.patch() == null ? PaymentIntentPatches.EMPTY : command.patch();
        boolean keepsPaymentMethod = paymentMethod != null
                && !PaymentIntentPatches.unsets(patch, PatchField.PAYMENT_METHOD);
        if (patch.paymentMethod() == null && !keepsPaymentMethod) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.confirmWithoutPaymentMethod());
        }
        PaymentError cardError = new Updates(this).patch(patch, processor, true);
        return attempts().confirm(command.options(), cardError, processor, properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(CapturePaymentIntent command, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (status != REQUIRES_CAPTURE) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.capture(status));
        }
        long toCapture = command.amountToCapture() == null ? amountCapturable : command.amountToCapture();
        if (toCapture < 1 || toCapture > amountCapturable) {
            throw new PaymentRejectedException(PaymentErrorCode.AMOUNT_TOO_LARGE,
                    "The requested capture amount is greater than the amount you can capture for this charge.",
                    "amount_to_capture");
        }
        if (command.patch() != null) {
            new Updates(this).patch(PaymentIntentPatches.forCapture(command.patch()), null, false);
        }
        deadlines.cancelAllWithinScope(AUTO_CANCEL_DEADLINE);
        apply(new PaymentIntentSucceeded(paymentIntentId, accountId, latestChargeId, toCapture,
                amountCapturable - toCapture));
        return result(null);
    }

    @CommandHandler
    CommandResult handle(CancelPaymentIntent command, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (status == SUCCEEDED || status == CANCELED) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.cancel(status));
        }
        deadlines.cancelAllWithinScope(AUTO_CANCEL_DEADLINE);
        deadlines.cancelAllWithinScope(SETTLEMENT_DEADLINE);
        apply(new PaymentIntentCanceled(paymentIntentId, accountId, command.cancellationReason(), amountCapturable));
        return result(null);
    }

    @CommandHandler
    CommandResult handle(CompletePaymentIntentAuthentication command, PaymentProcessor processor,
                         PaymentsProperties properties, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (status != REQUIRES_ACTION) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.authenticate(status));
        }
        return attempts().completeAuthentication(command.succeeded(), processor, properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(SettlePaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        requireAccount(command.accountId());
        if (status != PROCESSING) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.settle(status));
        }
        return attempts().settle(processor, properties, deadlines);
    }

    // Deadlines carry the intent id as payload: a deadline handler's first parameter is always the payload.
    @DeadlineHandler(deadlineName = SETTLEMENT_DEADLINE)
    void onSettlementDue(String dueIntentId, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        // The test helper may have settled the attempt, or the intent was canceled, before the deadline fired.
        if (status == PROCESSING) {
            attempts().settle(processor, properties, deadlines);
        }
    }

    @DeadlineHandler(deadlineName = AUTO_CANCEL_DEADLINE)
    void onAuthorizationExpired(String expiredIntentId) {
        // Capture and cancel remove this deadline; only an intent still holding its authorization is canceled.
        if (status == REQUIRES_CAPTURE) {
            apply(new PaymentIntentCanceled(paymentIntentId, accountId, CancellationReason.AUTOMATIC,
                    amountCapturable));
        }
    }

    @CommandHandlerInterceptor
    Object nameTheIntentInRejections(InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (PaymentRejectedException e) {
            throw e.concerning(paymentIntentId, AggregateLifecycle.getVersion());
        }
    }

    private boolean isBeforeAttemptSettles() {
        return status == REQUIRES_PAYMENT_METHOD || status == REQUIRES_CONFIRMATION || status == REQUIRES_ACTION;
    }

    private void requireAccount(String commandAccountId) {
        // Another account's intent must look exactly like a missing one.
        if (!accountId.equals(commandAccountId)) {
            throw PaymentRejectedException.noSuchPaymentIntent(paymentIntentId);
        }
    }

    Attempts attempts() {
        return new Attempts(this);
    }

    CommandResult result(PaymentError declineError) {
        return new CommandResult(paymentIntentId, AggregateLifecycle.getVersion(), declineError);
    }

    @EventSourcingHandler
    void on(PaymentIntentCreated event, @Timestamp Instant timestamp) {
        paymentIntentId = event.paymentIntentId();
        accountId = event.accountId();
        amount = event.amount();
        currency = event.currency();
        details = event.details();
        status = REQUIRES_PAYMENT_METHOD;
        created = timestamp;
    }

    @EventSourcingHandler
    void on(PaymentIntentUpdated event) {
        amount = event.amount();
        currency = event.currency();
        details = event.details();
        status = event.status();
    }

    @EventSourcingHandler
    void on(PaymentMethodAttached event) {
        paymentMethod = event.paymentMethod();
        usedPaymentMethods.put(paymentMethod.id(), paymentMethod);
        status = REQUIRES_CONFIRMATION;
        authenticated = false;
    }

    @EventSourcingHandler
    void on(PaymentMethodDetached event) {
        paymentMethod = null;
        status = REQUIRES_PAYMENT_METHOD;
        authenticated = false;
    }

    @EventSourcingHandler
    void on(PaymentIntentRequiresAction event) {
        attempts++;
        status = REQUIRES_ACTION;
        authenticated = false;
    }

    @EventSourcingHandler
    void on(PaymentIntentAuthenticated event) {
        status = REQUIRES_CONFIRMATION;
        authenticated = true;
    }

    @EventSourcingHandler
    void on(PaymentIntentProcessing event) {
        countAttemptFromConfirmableStatus();
        status = PROCESSING;
        latestChargeId = event.chargeId();
    }

    @EventSourcingHandler
    void on(PaymentIntentAmountCapturableUpdated event) {
        countAttemptFromConfirmableStatus();
        status = REQUIRES_CAPTURE;
        amountCapturable = event.amountCapturable();
        latestChargeId = event.chargeId();
    }

    @EventSourcingHandler
    void on(PaymentIntentSucceeded event) {
        countAttemptFromConfirmableStatus();
        status = SUCCEEDED;
        amountReceived = event.amountReceived();
        amountCapturable = 0;
        latestChargeId = event.chargeId();
    }

    @EventSourcingHandler
    void on(PaymentIntentPaymentFailed event) {
        countAttemptFromConfirmableStatus();
        status = REQUIRES_PAYMENT_METHOD;
        paymentMethod = null;
        authenticated = false;
        if (event.chargeId() != null) {
            latestChargeId = event.chargeId();
        }
    }

    @EventSourcingHandler
    void on(PaymentIntentCanceled event) {
        status = CANCELED;
        amountCapturable = 0;
        authenticated = false;
    }

    /**
     * Events carry no attempt number, so attempts are counted from transitions: entering requires_action, or an
     * outcome straight out of requires_payment_method/requires_confirmation. A new confirmation from
     * requires_action that is declined at once is not counted; the limit is a safety net, not an exact meter.
     */
    private void countAttemptFromConfirmableStatus() {
        if (status == REQUIRES_PAYMENT_METHOD || status == REQUIRES_CONFIRMATION) {
            attempts++;
        }
    }
}
