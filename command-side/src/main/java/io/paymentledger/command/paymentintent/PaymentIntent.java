package io.paymentledger.command.paymentintent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.paymentledger.command.axon.PaymentsProperties;
import io.paymentledger.command.processor.*;
import io.paymentledger.messages.error.PaymentError;
import io.paymentledger.messages.paymentintent.*;
import io.paymentledger.messages.paymentmethod.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.*;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paymentledger.messages.paymentintent.PaymentIntentStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A Stripe PaymentIntent. It decides every refusal and every event; {@link Transition} is the state table of
 * which command runs in which status, {@link PaymentIntentPatches} computes what a patch changes, and each captured
 * {@link Charge} decides its refunds under this aggregate's lock. Payment methods arrive tokenized by the gateway
 * (a card number never reaches a command). Snapshots are this class serialized
 * with Jackson (hence the field visibility); snapshots of another {@code @Revision} are ignored and rebuilt.
 */
@Aggregate(snapshotTriggerDefinition = "paymentIntentSnapshotTrigger", cache = "paymentIntentCache")
@Revision("6")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PaymentIntent {

    static final String AUTO_CANCEL_DEADLINE = "payment-intent-auto-cancel";
    static final String SETTLEMENT_DEADLINE = "payment-intent-settlement";
    // Stripe cancels an uncaptured authorization seven days after the intent was created.
    static final Duration AUTHORIZATION_VALIDITY = Duration.ofDays(7);

    @AggregateIdentifier
    private String paymentIntentId;
    private String accountId;
    private PaymentIntentStatus status;
    private IntentFields fields;
    private PaymentMethod paymentMethod;
    private long amountCapturable;
    private String latestChargeId;
    private Instant created;
    private int attempts;
    private boolean authenticated;
    /** The terminal of the processing attempt (docs/api.md §19.3), or null. */
    private String device;
    /** The transfers to make when the intent succeeds (docs/api.md §19.4). */
    private List<TransferPlan> transfers = List.of();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Charge> charges = new HashMap<>();

    protected PaymentIntent() {
        // Axon creates an empty instance, then replays events or runs the creating command on it.
    }

    // A creating method rather than a constructor: a constructor handler answers the aggregate id, and callers
    // need the CommandResult (version, decline of a confirm=true attempt).
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    CommandResult handle(CreatePaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        Currency currency = MoneyRules.currency(command.currency());
        MoneyRules.checkAmount(command.amount(), currency);
        PaymentIntentDetails details = PaymentIntentPatches.completed(command.details());
        PaymentMethodInput choice = command.paymentMethod();
        if (command.confirm() != null && choice == null) {
            throw PaymentRejectedException.missingPaymentMethodToConfirm();
        }
        if (command.confirm() == null) {
            requireUsable(choice);
        }
        List<TransferPlan> planned = command.transfers() == null ? List.of() : command.transfers();
        MoneyRules.checkTransfers(planned, command.amount());
        apply(new PaymentIntentCreated(command.paymentIntentId(), command.accountId(), command.amount(),
                currency.code(), details, command.clientSecret()));
        if (!planned.isEmpty()) {
            apply(new TransfersPlanned(paymentIntentId, accountId, List.copyOf(planned)));
        }
        if (choice != null && choice.paymentMethod() != null) {
            apply(new PaymentMethodAttached(paymentIntentId, accountId, choice.paymentMethod()));
        }
        // A card the gateway could not even tokenize is a failed first attempt of the intent just created.
        return command.confirm() == null ? result(null)
                : attempt(command.confirm(), choice.cardError(), processor, properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(UpdatePaymentIntent command) {
        requireAccount(command.accountId());
        PaymentIntentPatch patch = PaymentIntentPatches.orEmpty(command.patch());
        if (PaymentIntentPatches.touchesMoneyFields(patch)) {
            Transition.UPDATE_MONEY_FIELDS.requireFrom(status);
        }
        IntentFields patched = PaymentIntentPatches.apply(fields, patch);
        requireUsable(patch.paymentMethod());
        applyChanges(patched, patch, patch.paymentMethod());
        return result(null);
    }

    @CommandHandler
    CommandResult handle(ConfirmPaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        requireAccount(command.accountId());
        Transition.CONFIRM.requireFrom(status);
        PaymentIntentPatch patch = PaymentIntentPatches.orEmpty(command.patch());
        boolean keepsPaymentMethod = paymentMethod != null && !PaymentIntentPatches.unsets(patch, PatchField.PAYMENT_METHOD);
        if (patch.paymentMethod() == null && !keepsPaymentMethod) {
            throw PaymentRejectedException.unexpectedState(StatusMessages.confirmWithoutPaymentMethod());
        }
        IntentFields patched = PaymentIntentPatches.apply(fields, patch);
        // An unusable new card is not refused: it becomes the failed attempt below.
        PaymentMethodInput choice = patch.paymentMethod();
        applyChanges(patched, patch, choice);
        return attempt(command.options(), choice == null ? null : choice.cardError(), processor, properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(CapturePaymentIntent command, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        Transition.CAPTURE.requireFrom(status);
        long toCapture = command.amountToCapture() == null ? amountCapturable : command.amountToCapture();
        MoneyRules.checkCapture(toCapture, amountCapturable);
        if (command.patch() != null) {
            PaymentIntentPatch patch = PaymentIntentPatches.forCapture(command.patch());
            applyChanges(PaymentIntentPatches.apply(fields, patch), patch, null);
        }
        deadlines.cancelAllWithinScope(AUTO_CANCEL_DEADLINE);
        PaymentIntentSucceeded succeeded = new PaymentIntentSucceeded(paymentIntentId, accountId, latestChargeId,
                toCapture, amountCapturable - toCapture);
        apply(succeeded);
        transfer(succeeded);
        return result(null);
    }

    @CommandHandler
    CommandResult handle(CancelPaymentIntent command, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        Transition.CANCEL.requireFrom(status);
        deadlines.cancelAllWithinScope(AUTO_CANCEL_DEADLINE);
        deadlines.cancelAllWithinScope(SETTLEMENT_DEADLINE);
        apply(new PaymentIntentCanceled(paymentIntentId, accountId, command.cancellationReason(), amountCapturable));
        return result(null);
    }

    @CommandHandler
    CommandResult handle(CompletePaymentIntentAuthentication command, PaymentProcessor processor,
                         PaymentsProperties properties, DeadlineManager deadlines) {
        requireAccount(command.accountId());
        Transition.AUTHENTICATE.requireFrom(status);
        if (!command.succeeded()) {
            return concludeWith(attemptEvents().failed(null, CardErrors.authenticationFailed()), properties, deadlines);
        }
        if (fields.details().settings().confirmationMethod() == ConfirmationMethod.MANUAL) {
            apply(new PaymentIntentAuthenticated(paymentIntentId, accountId));
            return result(null);
        }
        AuthorizationOutcome outcome = processor.authorize(attemptEvents().authorization(AttemptEvents.ON_SESSION, true));
        return concludeWith(attemptEvents().answered(outcome), properties, deadlines);
    }

    @CommandHandler
    CommandResult handle(SettlePaymentIntent command, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        requireAccount(command.accountId());
        Transition.SETTLE.requireFrom(status);
        return settle(processor, properties, deadlines);
    }

    // Deadlines carry the intent id as payload: a deadline handler's first parameter is always the payload.
    @DeadlineHandler(deadlineName = SETTLEMENT_DEADLINE)
    void onSettlementDue(String dueIntentId, PaymentProcessor processor, PaymentsProperties properties,
                         DeadlineManager deadlines) {
        // The test helper may have settled the attempt, or the intent was canceled, before the deadline fired.
        if (Transition.SETTLE.allowedFrom(status)) {
            settle(processor, properties, deadlines);
        }
    }

    @DeadlineHandler(deadlineName = AUTO_CANCEL_DEADLINE)
    void onAuthorizationExpired(String expiredIntentId) {
        // Capture and cancel remove this deadline; only an intent still holding its authorization is canceled.
        if (Transition.AUTO_CANCEL.allowedFrom(status)) {
            apply(new PaymentIntentCanceled(paymentIntentId, accountId, CancellationReason.AUTOMATIC,
                    amountCapturable));
        }
    }

    /** Names the intent in refusals; commands for a charge reach it only when it is captured (docs/api.md §15). */
    @CommandHandlerInterceptor
    Object nameTheIntentInRejections(Object command, InterceptorChain chain) throws Exception {
        try {
            if (command instanceof ChargeCommand forCharge) {
                requireAccount(forCharge.accountId());
                RefundRules.requireCaptured(charges.keySet(), forCharge.chargeId(), paymentIntentId, status);
            }
            return chain.proceed();
        } catch (PaymentRejectedException e) {
            throw e.concerning(paymentIntentId, AggregateLifecycle.getVersion());
        }
    }

    /** Applies what a patch changes: the fields (and the status they leave), then the payment method. */
    private void applyChanges(IntentFields patched, PaymentIntentPatch patch, PaymentMethodInput choice) {
        PaymentIntentPatches.changes(attemptEvents(), status, patched, patch, choice != null,
                choice == null ? null : choice.paymentMethod()).forEach(AggregateLifecycle::apply);
    }

    /** One confirmation attempt; {@code cardError} is the error of card data the gateway could not tokenize. */
    private CommandResult attempt(ConfirmOptions options, PaymentError cardError, PaymentProcessor processor,
                                  PaymentsProperties properties, DeadlineManager deadlines) {
        if (attempts >= properties.confirmationLimit()) {
            apply(new PaymentIntentCanceled(paymentIntentId, accountId, CancellationReason.AUTOMATIC, 0));
            return result(null);
        }
        if (cardError != null) {
            return concludeWith(attemptEvents().failed(null, cardError), properties, deadlines);
        }
        ConfirmOptions given = options == null ? AttemptEvents.ON_SESSION : options;
        AuthorizationOutcome outcome = processor.authorize(attemptEvents().authorization(given, false));
        if (outcome instanceof AuthorizationOutcome.Processing processing && processing.settleAfter() != null) {
            // A terminal answers after its own delay, through the same persistent settlement deadline.
            apply(attemptEvents().on(given.device()).answered(outcome));
            deadlines.schedule(processing.settleAfter(), SETTLEMENT_DEADLINE, paymentIntentId);
            return result(null);
        }
        if (!(outcome instanceof AuthorizationOutcome.RequiresAction)) {
            return concludeWith(attemptEvents().on(given.device()).answered(outcome), properties, deadlines);
        }
        if (given.errorOnRequiresAction()) {
            return concludeWith(attemptEvents().failed(null, CardErrors.authenticationRequired()), properties, deadlines);
        }
        apply(attemptEvents().requiresAction(given));
        return result(null);
    }

    /** Ends the pending asynchronous attempt, from the test helper or the settlement deadline. */
    private CommandResult settle(PaymentProcessor processor, PaymentsProperties properties,
                                 DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(SETTLEMENT_DEADLINE);
        AuthorizationOutcome outcome = processor.settle(
                new SettlementRequest(accountId, paymentIntentId, latestChargeId, paymentMethod));
        return concludeWith(attemptEvents().on(device).answered(outcome), properties, deadlines);
    }

    /** Applies an attempt's outcome: an authorization starts the 7-day clock, processing the settlement clock. */
    private CommandResult concludeWith(PaymentIntentEvent outcome, PaymentsProperties properties,
                                 DeadlineManager deadlines) {
        apply(outcome);
        if (outcome instanceof PaymentIntentSucceeded succeeded) {
            transfer(succeeded);
        }
        if (outcome instanceof PaymentIntentAmountCapturableUpdated) {
            deadlines.schedule(created.plus(AUTHORIZATION_VALIDITY), AUTO_CANCEL_DEADLINE, paymentIntentId);
        } else if (outcome instanceof PaymentIntentProcessing) {
            deadlines.schedule(properties.settlementDelay(), SETTLEMENT_DEADLINE, paymentIntentId);
        }
        return result(outcome instanceof PaymentIntentPaymentFailed failed ? failed.lastPaymentError().error() : null);
    }

    /** Makes the planned transfers out of the charge that just succeeded, scaled to what it captured. */
    private void transfer(PaymentIntentSucceeded succeeded) {
        for (TransferPlan plan : TransferShares.forCapture(transfers, succeeded.amountReceived())) {
            apply(new TransferCreated(paymentIntentId, accountId, succeeded.chargeId(), new Transfer(
                    TransferIds.transfer(succeeded.chargeId(), plan.destination()), plan.destination(), plan.amount(),
                    fields.currency())));
        }
    }

    private AttemptEvents attemptEvents() {
        return new AttemptEvents(paymentIntentId, accountId, fields, paymentMethod, authenticated, null);
    }

    /** Outside a confirmation a card the gateway refused refuses the whole command. */
    private static void requireUsable(PaymentMethodInput input) {
        if (input != null && input.cardError() != null) {
            throw new PaymentRejectedException(input.cardError());
        }
    }

    private void requireAccount(String commandAccountId) {
        // Another account's intent must look exactly like a missing one.
        if (!accountId.equals(commandAccountId)) {
            throw PaymentRejectedException.noSuchPaymentIntent(paymentIntentId);
        }
    }

    private CommandResult result(PaymentError declineError) {
        return new CommandResult(paymentIntentId, AggregateLifecycle.getVersion(), declineError);
    }

    @EventSourcingHandler
    void on(PaymentIntentCreated event, @Timestamp Instant timestamp) {
        paymentIntentId = event.paymentIntentId();
        accountId = event.accountId();
        fields = new IntentFields(event.amount(), event.currency(), event.details());
        status = REQUIRES_PAYMENT_METHOD;
        created = timestamp;
    }

    @EventSourcingHandler
    void on(TransfersPlanned event) {
        transfers = List.copyOf(event.transfers());
    }

    @EventSourcingHandler
    void on(PaymentIntentUpdated event) {
        fields = new IntentFields(event.amount(), event.currency(), event.details());
        status = event.status();
    }

    @EventSourcingHandler
    void on(PaymentMethodAttached event) {
        paymentMethod = event.paymentMethod();
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
        attempts += countsAsAttempt();
        status = PROCESSING;
        latestChargeId = event.chargeId();
        device = event.device();
    }

    @EventSourcingHandler
    void on(PaymentIntentAmountCapturableUpdated event) {
        attempts += countsAsAttempt();
        status = REQUIRES_CAPTURE;
        amountCapturable = event.amountCapturable();
        latestChargeId = event.chargeId();
    }

    @EventSourcingHandler
    void on(PaymentIntentSucceeded event) {
        attempts += countsAsAttempt();
        status = SUCCEEDED;
        amountCapturable = 0;
        latestChargeId = event.chargeId();
        charges.put(latestChargeId, new Charge(event, fields.currency(), paymentMethod));
    }

    @EventSourcingHandler
    void on(PaymentIntentPaymentFailed event) {
        attempts += countsAsAttempt();
        status = REQUIRES_PAYMENT_METHOD;
        paymentMethod = null;
        authenticated = false;
        latestChargeId = event.chargeId() != null ? event.chargeId() : latestChargeId;
    }

    @EventSourcingHandler
    void on(PaymentIntentCanceled event) {
        status = CANCELED;
        amountCapturable = 0;
        authenticated = false;
    }

    // Attempts are counted from transitions (events carry no number): entering requires_action, or an outcome
    // straight out of requires_payment_method/requires_confirmation. The limit is a safety net, not a meter.
    private int countsAsAttempt() {
        return status == REQUIRES_PAYMENT_METHOD || status == REQUIRES_CONFIRMATION ? 1 : 0;
    }
}
