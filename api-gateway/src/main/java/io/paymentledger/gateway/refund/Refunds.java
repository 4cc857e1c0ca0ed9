package io.paymentledger.gateway.refund;

import io.paymentledger.gateway.auth.Caller;
import io.paymentledger.gateway.config.GatewayProperties;
import io.paymentledger.gateway.error.ApiException;
import io.paymentledger.gateway.web.Futures;
import io.paymentledger.messages.error.PaymentErrorCode;
import io.paymentledger.messages.paymentintent.ChargeView;
import io.paymentledger.messages.paymentintent.CommandResult;
import io.paymentledger.messages.paymentintent.FindPaymentIntent;
import io.paymentledger.messages.paymentintent.PaymentIntentView;
import io.paymentledger.messages.refund.ChargeDetailView;
import io.paymentledger.messages.refund.FindCharge;
import io.paymentledger.messages.refund.FindRefund;
import io.paymentledger.messages.refund.RefundView;
import io.paymentledger.gateway.web.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Resolves what a refund request names to the intent whose aggregate decides it (a charge through the charges read
 * model, an intent through its view), sends the command with the audit metadata, and waits until the charges read
 * model shows the command's result (the intent's version), so that the answer and any later GET agree.
 */
@Component
public class Refunds {

    private static final long POLL_MILLIS = 20;
    private static final java.time.Duration CHARGE_LAG = java.time.Duration.ofMillis(500);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final GatewayProperties properties;

    Refunds(CommandGateway commands, QueryGateway queries, GatewayProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
    }

    /** The charge to refund: the one named, or the captured charge of the intent named; they must agree. */
    ChargeTarget target(String accountId, RefundParams.Create create) {
        if (create.chargeId() != null) {
            ChargeDetailView charge = charge(accountId, create.chargeId())
                    .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                            "No such charge: '" + create.chargeId() + "'", "charge"));
            if (create.paymentIntentId() != null && !create.paymentIntentId().equals(charge.paymentIntentId())) {
                throw new ApiException(PaymentErrorCode.INVALID_REQUEST, "The charge " + charge.id()
                        + " does not belong to the payment_intent " + create.paymentIntentId() + ".", "charge");
            }
            return new ChargeTarget(charge.paymentIntentId(), charge.id());
        }
        PaymentIntentView intent = ask(new FindPaymentIntent(accountId, create.paymentIntentId()),
                PaymentIntentView.class).orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                "No such payment_intent: '" + create.paymentIntentId() + "'", "payment_intent"));
        ChargeView latest = intent.latestCharge();
        // Without a charge the intent's aggregate answers why it cannot be refunded.
        return new ChargeTarget(intent.id(), latest == null ? "" : latest.id());
    }

    /**
     * Refunds {@code amount} (all that is left when null) of the intent's captured charge for the dashboard, as
     * {@code POST /v1/refunds} does; the request carries the audit metadata.
     */
    public RefundView refundIntent(HttpServletRequest request, Caller caller, String paymentIntentId, Long amount) {
        ChargeTarget target = target(caller.accountId(),
                new RefundParams.Create(paymentIntentId, null, amount, null, null));
        String refundId = "re_" + io.paymentledger.gateway.web.RandomIds.alphanumerics(24);
        return send(request, caller, refundId, new io.paymentledger.messages.paymentintent.RefundCharge(
                target.paymentIntentId(), caller.accountId(), target.chargeId(), refundId, amount, null, java.util.Map.of()));
    }

    /** A refund of the account, or 404. */
    RefundView refund(String accountId, String refundId) {
        return ask(new FindRefund(accountId, refundId), RefundView.class)
                .orElseThrow(() -> new ApiException(PaymentErrorCode.RESOURCE_MISSING,
                        "No such refund: '" + refundId + "'", "id"));
    }

    /**
     * A charge of the account. A charge just created may not be in the charges read model yet (its intent's view
     * is, as the POST that created it waited for that), so a missing charge is looked for again for a moment.
     */
    public Optional<ChargeDetailView> charge(String accountId, String chargeId) {
        long deadline = System.nanoTime() + CHARGE_LAG.toNanos();
        Optional<ChargeDetailView> charge = ask(new FindCharge(accountId, chargeId), ChargeDetailView.class);
        while (charge.isEmpty() && chargeId.startsWith("ch_") && System.nanoTime() < deadline) {
            sleep();
            charge = ask(new FindCharge(accountId, chargeId), ChargeDetailView.class);
        }
        return charge;
    }

    /** Sends a command about refund {@code refundId} and answers the refund as of the command's result. */
    RefundView send(HttpServletRequest request, Caller caller, String refundId, Object command) {
        CommandResult result = Futures.await(
                commands.<CommandResult>send(command, RequestContext.commandMetaData(request, caller)),
                properties.commandTimeout(), "command");
        long deadline = System.nanoTime() + properties.readAfterWriteTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            Optional<RefundView> refund = ask(new FindRefund(caller.accountId(), refundId), RefundView.class);
            Optional<ChargeDetailView> charge = refund.flatMap(r -> ask(new FindCharge(caller.accountId(),
                    r.chargeId()), ChargeDetailView.class));
            if (charge.isPresent() && charge.get().version() >= result.version()) {
                return ask(new FindRefund(caller.accountId(), refundId), RefundView.class).orElseThrow();
            }
            sleep();
        }
        throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "The refund " + refundId
                + " was changed, but reading its new state timed out. Retrieve it again later.", null);
    }

    <R> Optional<R> ask(Object query, Class<R> type) {
        return Futures.await(queries.query(query, ResponseTypes.optionalInstanceOf(type)),
                properties.commandTimeout(), query.getClass().getSimpleName());
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiException(PaymentErrorCode.API_ERROR_UNEXPECTED, "Interrupted while reading the refund's "
                    + "new state. Retrieve it again later.", null);
        }
    }

    /** The intent whose aggregate decides, and the charge within it. */
    record ChargeTarget(String paymentIntentId, String chargeId) {
    }
}
