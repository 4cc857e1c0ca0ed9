package io.paymentledger.gateway.paymentintent;


import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.idempotency.Idempotency;
import io.paymentledger.gateway.paymentmethod.CardVault;
import io.paymentledger.gateway.web.Expansions;
import io.paymentledger.gateway.web.RequestContext;
import io.paymentledger.gateway.web.RequestParams;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.ConfirmPaymentIntent;
import io.paymentledger.messages.paymentintent.CreatePaymentIntent;
import io.paymentledger.messages.paymentintent.UpdatePaymentIntent;
import io.paymentledger.messages.paymentmethod.PaymentMethodInput;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every POST that changes an intent does once its parameters are valid: claim the idempotency key, send
 * the command with the audit metadata, wait until the read model shows the command's result
 * ({@link ReadAfterWrite}), and answer with the intent (200) or the card error and the intent (402).
 */
@Component
public class PaymentIntentCommands {

    private final CommandGateway commands;
    private final ReadAfterWrite readAfterWrite;
    private final Idempotency idempotency;
    private final PaymentIntentResponses responses;
    private final CardVault vault;
    private final SavedForFutureUse savedForFutureUse;

    PaymentIntentCommands(CommandGateway commands, ReadAfterWrite readAfterWrite, Idempotency idempotency,
                          PaymentIntentResponses responses, CardVault vault,
                          SavedForFutureUse savedForFutureUse) {
        this.savedForFutureUse = savedForFutureUse;
        this.commands = commands;
        this.readAfterWrite = readAfterWrite;
        this.idempotency = idempotency;
        this.responses = responses;
        this.vault = vault;
    }

    ResponseEntity<Object> create(HttpServletRequest request, Caller caller, RequestParams params,
                                  CreatePaymentIntent command, Expansions expansions) {
        idempotency.begin(request, caller, params);
        return responses.outcome(send(request, caller, command.paymentIntentId(), command), expansions, request);
    }

    /** Creates like {@link #create} but leaves the answer's shape to the caller (the WooPayments route). */
    CommandOutcome createOutcome(HttpServletRequest request, Caller caller, RequestParams params,
                                 CreatePaymentIntent command) {
        idempotency.begin(request, caller, params);
        return send(request, caller, command.paymentIntentId(), command);
    }

    ResponseEntity<Object> execute(HttpServletRequest request, Caller caller, RequestParams params, String id,
                                   Object command, Expansions expansions) {
        idempotency.begin(request, caller, params);
        return responses.outcome(send(request, caller, id, command), expansions, request);
    }

    /**
     * For the test helpers (docs/api.md §4.4): they answer with the updated intent even when the attempt they finish
     * failed; the failure is in its {@code last_payment_error}.
     */
    ResponseEntity<Object> executeAnsweringIntent(HttpServletRequest request, Caller caller, RequestParams params,
                                                  String id, Object command) {
        idempotency.begin(request, caller, params);
        return responses.intent(send(request, caller, id, command).intent(), Expansions.NONE);
    }

    /**
     * Keeps the payment method the command names in the vault, then sends the command with the audit metadata and
     * waits until the read model shows its result; a payment that succeeded with {@code setup_future_usage} then
     * saves its card to the customer.
     */
    public CommandOutcome send(HttpServletRequest request, Caller caller, String id, Object command) {
        vault.keep(caller.accountId(), paymentMethodOf(command));
        MetaData audit = RequestContext.commandMetaData(request, caller);
        CommandOutcome outcome = readAfterWrite.execute(caller.accountId(), id,
                () -> commands.<CommandResult>send(command, audit));
        savedForFutureUse.after(command, outcome.intent());
        return outcome;
    }

    private static PaymentMethodInput paymentMethodOf(Object command) {
        if (command instanceof CreatePaymentIntent create) {
            return create.paymentMethod();
        }
        if (command instanceof UpdatePaymentIntent update && update.patch() != null) {
            return update.patch().paymentMethod();
        }
        if (command instanceof ConfirmPaymentIntent confirm && confirm.patch() != null) {
            return confirm.patch().paymentMethod();
        }
        return null;
    }
}
